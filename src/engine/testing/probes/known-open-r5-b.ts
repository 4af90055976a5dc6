/** Known open probes of review round 5 (part b); see known-open.ts for the kinds. Misses name their REPORT.md family. */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R5_B: readonly KnownOpen[] = [
  {
    key: 'r5 "Left VA: high-resistance flow pattern with absent diastolic flow." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "B3 narrowing vocabulary: 'Left VA: high-resistance flow pattern with absent diastolic flow.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Left VA: PSV 18 cm/s (reduced)." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "B3 narrowing vocabulary: 'Left VA: PSV 18 cm/s (reduced).' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Asymmetric flow in VAs, lower on the left." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "B3 narrowing vocabulary: 'Asymmetric flow in VAs, lower on the left.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Stenosis of the left vert. a. 70%." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "B3 narrowing vocabulary: 'Stenosis of the left vert. a. 70%.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Osteophyte at C5-C6 encroaching on the left vertebral artery." [msct/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "B3 narrowing vocabulary: 'Osteophyte at C5-C6 encroaching on the left vertebral artery.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "LVA stenosis 70%." [mri/head 2026-11-15]',
    kind: 'miss',
    reason: "B3 narrowing vocabulary: 'LVA stenosis 70%.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "DWI-hyperintense, ADC-hypointense lesion in the left cerebellar hemisphere." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      "S1 acute-stroke vocabulary: 'DWI-hyperintense, ADC-hypointense lesion in the left cerebellar hemisphere.' not read (everything clear, urgency none)",
  },
  {
    key: 'r5 "Diffusion-restricting lesion in the right cerebellum." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      "S1 acute-stroke vocabulary: 'Diffusion-restricting lesion in the right cerebellum.' not read (everything clear, urgency none)",
  },
  {
    key: 'r5 "Lesion in the pons that restricts diffusion." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      "S1 acute-stroke vocabulary: 'Lesion in the pons that restricts diffusion.' not read (everything clear, urgency none)",
  },
  {
    key: 'r5 "Right PCA territory infarction, early subacute." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      "S1 acute-stroke vocabulary: 'Right PCA territory infarction, early subacute.' below the bound (back massage clear, exercise clear, urgency none)",
  },
  {
    key: 'r5 "Hyperdense acute haematoma in the right cerebellum." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      "S1 acute-stroke vocabulary: 'Hyperdense acute haematoma in the right cerebellum.' not read (everything clear, urgency none)",
  },
  {
    key: 'r5 "Haematoma in the right cerebellum, 3 cm." [msct/head 2026-11-15]',
    kind: 'miss',
    reason:
      "S2 haemorrhage wording: 'Haematoma in the right cerebellum, 3 cm.' below the bound (manipulation clear, collar-zone massage clear)",
  },
  {
    key: 'r5 "Vertebrobasilar circulatory insufficiency." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "V VBI wording: 'Vertebrobasilar circulatory insufficiency.' below the bound (manipulation clear, collar-zone massage clear)",
  },
  {
    key: 'r5 "Insufficiency in the vertebrobasilar basin." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "V VBI wording: 'Insufficiency in the vertebrobasilar basin.' below the bound (manipulation clear, collar-zone massage clear)",
  },
  {
    key: 'r5 "Circulatory insufficiency in the vertebrobasilar system." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "V VBI wording: 'Circulatory insufficiency in the vertebrobasilar system.' below the bound (manipulation clear, collar-zone massage clear)",
  },
  {
    key: 'r5 "Hypertrophy of the facet and uncovertebral joints at C5-C6." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C1 uncovertebral arthrosis wording: 'Hypertrophy of the facet and uncovertebral joints at C5-C6.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Uncovertebral/facet hypertrophy at C5-6." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C1 uncovertebral arthrosis wording: 'Uncovertebral/facet hypertrophy at C5-6.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Uncovertebral joint and facet hypertrophy at C6-7." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C1 uncovertebral arthrosis wording: 'Uncovertebral joint and facet hypertrophy at C6-7.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Bilateral UV joint hypertrophy at C5-6." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C1 uncovertebral arthrosis wording: 'Bilateral UV joint hypertrophy at C5-6.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Degenerative changes of the facet and uncovertebral joints C4-C7." [xray/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C1 uncovertebral arthrosis wording: 'Degenerative changes of the facet and uncovertebral joints C4-C7.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Arthrosis of facet and uncovertebral joints at C5-C6." [xray/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C1 uncovertebral arthrosis wording: 'Arthrosis of facet and uncovertebral joints at C5-C6.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "UVJ arthrosis C5-C6." [xray/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C1 uncovertebral arthrosis wording: 'UVJ arthrosis C5-C6.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Deformation of the uncovertebral joints C4-C6." [xray/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C1 uncovertebral arthrosis wording: 'Deformation of the uncovertebral joints C4-C6.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Sharpening of the uncinate processes at C4-C6." [xray/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C1 uncovertebral arthrosis wording: 'Sharpening of the uncinate processes at C4-C6.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Pointed uncinate processes C5, C6." [xray/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C1 uncovertebral arthrosis wording: 'Pointed uncinate processes C5, C6.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Osteophytes at the uncovertebral joints C5-C6." [xray/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C1 uncovertebral arthrosis wording: 'Osteophytes at the uncovertebral joints C5-C6.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "No listhesis and uncovertebral arthrosis at C5-C6 is seen." [xray/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C1 uncovertebral arthrosis wording: 'No listhesis and uncovertebral arthrosis at C5-C6 is seen.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Alignment: normal. Fracture: none. Uncovertebral joints: arthrotic C5-C6." [xray/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C1 uncovertebral arthrosis wording: 'Alignment: normal. Fracture: none. Uncovertebral joints: arthrotic C5-C6.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "No significant interval change of uncovertebral arthrosis at C5-C6." [xray/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C1 uncovertebral arthrosis wording: 'No significant interval change of uncovertebral arthrosis at C5-C6.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Osteophytes arising from the uncovertebral joints at C5/C6." [msct/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C1 uncovertebral arthrosis wording: 'Osteophytes arising from the uncovertebral joints at C5/C6.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Uncinate process osteophytosis at C5–6." [msct/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C1 uncovertebral arthrosis wording: 'Uncinate process osteophytosis at C5–6.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Increased T2 signal within the cord at C5." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C2 cord wording (myelopathy): 'Increased T2 signal within the cord at C5.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Intramedullary T2 hyperintensity at C4-C5." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C2 cord wording (myelopathy): 'Intramedullary T2 hyperintensity at C4-C5.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Signal change in the spinal cord at C5-C6." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C2 cord wording (myelopathy): 'Signal change in the spinal cord at C5-C6.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "High signal in the cord at C4." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C2 cord wording (myelopathy): 'High signal in the cord at C4.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Effacement of the spinal cord at C5-C6." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C2 cord wording (myelopathy): 'Effacement of the spinal cord at C5-C6.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Disc-osteophyte complex deforming the spinal cord." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C2 cord wording (myelopathy): 'Disc-osteophyte complex deforming the spinal cord.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Disc abutting the cord at C5-6." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C2 cord wording (myelopathy): 'Disc abutting the cord at C5-6.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Disc contacts and flattens the ventral cord at C5-6." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C2 cord wording (myelopathy): 'Disc contacts and flattens the ventral cord at C5-6.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Severe canal stenosis with cord impingement at C5-C6." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C2 cord wording (myelopathy): 'Severe canal stenosis with cord impingement at C5-C6.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Canal AP diameter 6 mm at C5-6 with no CSF around the cord." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C2 cord wording (myelopathy): 'Canal AP diameter 6 mm at C5-6 with no CSF around the cord.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Herniation displacing the left C6 nerve root." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C3 nerve-root wording (radiculopathy): 'Herniation displacing the left C6 nerve root.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Foraminal disc encroaching on the exiting C6 root." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C3 nerve-root wording (radiculopathy): 'Foraminal disc encroaching on the exiting C6 root.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Disc fragment affecting the exiting left C7 nerve root." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C3 nerve-root wording (radiculopathy): 'Disc fragment affecting the exiting left C7 nerve root.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Protrusion deviating the right C6 root." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C3 nerve-root wording (radiculopathy): 'Protrusion deviating the right C6 root.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Entrapment of the left C6 root." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C3 nerve-root wording (radiculopathy): 'Entrapment of the left C6 root.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Collapse of the C6 vertebral body." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C4 fracture/instability/laxity wording: 'Collapse of the C6 vertebral body.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "C5 vertebral body collapse." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C4 fracture/instability/laxity wording: 'C5 vertebral body collapse.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Vertebra plana at C6." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C4 fracture/instability/laxity wording: 'Vertebra plana at C6.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Height reduction of the C6 vertebral body by 30%." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C4 fracture/instability/laxity wording: 'Height reduction of the C6 vertebral body by 30%.' below the bound (manipulation clear)",
  },
];
