/** Reviewer probes, round 7 (part c): from the round's harness (p1.py-p4.py, /tmp/probe7), deduplicated. */
import { one, S, texts, type Probe } from './probe-model';

export const ROUND_7_C: readonly Probe[] = [
  one({
    round: 7,
    family: 'r7 p2.py F2 old infarct read as acute',
    name: 'Chronic lacunar infarct in the left thalamus, not restricting.',
    rule: 'old infarct: stroke item only, no URG-ACUTE-IMAGING (§9 (acute reading only); §8)',
    delta: {
      add: [
        S(
          'mri',
          'head',
          '2026-11-15',
          'Chronic lacunar infarct in the left thalamus, not restricting.',
        ),
      ],
    },
    expect: {},
    note: "p2.py false-alarm check, no bound: its upper bound (urg <= none, bm <= clear, ex <= clear) is not a lower bound, and an old infarct rightly contraindicates manipulation and collar-zone massage, so not a 'clear' probe. REPORT.md FA3 (', not restricting' read as the ', restricting' acuity cue); still raised on main 9337648 (emergency, all four contraindicated)",
  }),
  ...texts(
    {
      round: 7,
      family: 'r7 p2.py F2 other person',
      rule: "false-alarm check (upper bound: urg <= none, manip <= clear, czm <= clear, bm <= clear, ex <= clear): not the patient (otherPerson rule of round 5) (FS-7 reads the patient's findings; §5)",
      kind: 'clear',
      study: ['mri', 'head', '2026-11-15'],
      expect: {},
    },
    [
      'Father: stroke at 60. Brain MRI normal.',
      'FH of CVA. Brain MRI normal.',
      'Mother - stroke at 70. No abnormality.',
      'Father died after a stroke. No abnormality.',
      'Stroke in the family. No abnormality.',
      'Family anamnesis: stroke in the mother. No abnormality.',
      'Parents: stroke, hypertension. Normal study.',
      'Family history of TIA and stroke. Normal study.',
      'Family history of migraine and stroke. Normal study.',
      'Family history of cerebral aneurysm and stroke. Normal study.',
    ],
  ),
  ...texts(
    {
      round: 7,
      family: 'r7 p2.py F2 other person',
      rule: 'false-alarm check (upper bound: urg <= none, manip <= clear, czm <= clear, bm <= clear, ex <= clear): not the patient (§5)',
      kind: 'clear',
      study: ['mri', 'head', '2026-11-15'],
      expect: {},
    },
    [
      'Mother: breast cancer. Normal study.',
      'Family history of stroke, brain tumour. Normal study.',
    ],
  ),
  one({
    round: 7,
    family: 'r7 p3.py W whole report',
    name: 'w00 UK CTA: abrupt tapering / distal non-filling of left V3 (dissection-occlusion), impression does not name it',
    rule: 'URG-ACUTE-IMAGING occlusion/dissection (§9 Acute imaging)',
    delta: {
      add: [
        S(
          'cta',
          'neck-vessels',
          '2026-11-15',
          'CT ANGIOGRAM NECK AND CIRCLE OF WILLIS\nClinical details: 44F. Left-sided neck pain and vertigo. Seen in ED.\nTechnique: Arterial phase CT angiography from the aortic arch to the vertex following 70 ml Omnipaque 350. Axial source images with coronal and sagittal MIP reformats.\nFindings:\nAortic arch: normal three-vessel arch. No significant atheroma.\nCarotids: the common, internal and external carotid arteries are patent bilaterally. No stenosis.\nVertebral arteries: the right vertebral artery is dominant and normal throughout its course. The left vertebral artery is of normal calibre in V1 and V2. At the C1/C2 level there is abrupt tapering of the left vertebral artery with non-filling of the distal V3 and V4 segments.\nCircle of Willis: complete. No aneurysm.\nBrain parenchyma on the source images: grey-white differentiation is preserved.\nCervical spine: mild degenerative change at C5/6.\nImpression:\n1. Abnormal left vertebral artery at V3 as described above.\n2. Otherwise normal CT angiogram.\nDiscussed with the on-call stroke registrar at 14:10.',
        ),
      ],
    },
    expect: {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
    },
  }),
  one({
    round: 7,
    family: 'r7 p3.py W whole report',
    name: 'w01 US MRI brain: punctate focus of reduced diffusivity in left cerebellum, "likely ischemic"',
    rule: 'URG-ACUTE-IMAGING acute infarct (§9 Acute imaging; §5 stroke)',
    delta: {
      add: [
        S(
          'mri',
          'head',
          '2026-11-15',
          'MRI BRAIN WITHOUT CONTRAST\nINDICATION: Dizziness for 3 days.\nTECHNIQUE: Multiplanar multisequence MRI of the brain was performed without intravenous contrast, including DWI/ADC, FLAIR, T2, SWI and sagittal T1.\nCOMPARISON: None.\nFINDINGS:\nThere is a punctate focus of reduced diffusivity in the inferior left cerebellar hemisphere with subtle corresponding FLAIR hyperintensity.\nScattered punctate foci of T2/FLAIR hyperintensity in the periventricular and subcortical white matter, nonspecific, likely sequelae of chronic microvascular ischemic disease.\nNo intracranial hemorrhage. No mass effect or midline shift. Ventricles and sulci are age-appropriate.\nThe major intracranial flow voids are preserved.\nParanasal sinuses and mastoid air cells are clear.\nIMPRESSION:\n1. Small left PICA territory abnormality with reduced diffusivity, likely ischemic. Clinical correlation recommended.\n2. Mild chronic microvascular ischemic changes.',
        ),
      ],
    },
    expect: {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
    },
  }),
  one({
    round: 7,
    family: 'r7 p3.py W whole report',
    name: 'w02 Russian-trained duplex: left VA V2 lumen filled with hypoechoic masses, flow "not determined"',
    rule: 'URG-ACUTE-IMAGING occlusion / absent flow (§9 Acute imaging)',
    delta: {
      add: [
        S(
          'doppler',
          'neck-vessels',
          '2026-11-15',
          'DUPLEX SCANNING OF THE BRACHIOCEPHALIC ARTERIES\nCommon carotid arteries: course straight, walls not thickened, IMT 0.8 mm on both sides. Lumen is free.\nInternal carotid arteries: course straight, lumen free, flow velocity within normal limits.\nVertebral arteries: right VA diameter 3.6 mm, enters the canal of the transverse processes at C6, course in V1 straight, Vps 48 cm/s, RI 0.62.\nLeft VA diameter 3.2 mm, enters at C6. In the V2 segment the lumen is filled with hypoechoic masses, blood flow is not determined.\nSubclavian arteries: flow of the main type on both sides.\nJugular veins: not dilated.\nCONCLUSION: Echo signs of haemodynamic changes of the occlusive type in the left VA. Flow in the other brachiocephalic arteries is symmetric.',
        ),
      ],
    },
    expect: {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
    },
  }),
  one({
    round: 7,
    family: 'r7 p3.py W whole report',
    name: 'w03 UK non-contrast CT head: "early infarct" in the right cerebellum',
    rule: 'URG-ACUTE-IMAGING acute (early) infarct (§9 Acute imaging)',
    delta: {
      add: [
        S(
          'msct',
          'head',
          '2026-11-15',
          'CT HEAD WITHOUT CONTRAST\nClinical details: 3 days of vertigo and vomiting. Unsteady.\nTechnique: Axial images from the skull base to the vertex.\nFindings: There is subtle low attenuation in the right cerebellar hemisphere with effacement of the adjacent folia, in keeping with an early infarct. No haemorrhage. The fourth ventricle is not effaced. No hydrocephalus.\nThe supratentorial brain is unremarkable. No extra-axial collection. The visualised paranasal sinuses and mastoid air cells are clear.\nConclusion: Early right cerebellar infarct without mass effect. MRI recommended.',
        ),
      ],
    },
    expect: {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
    },
  }),
  one({
    round: 7,
    family: 'r7 p3.py W whole report',
    name: 'w04 Russian-trained X-ray C-spine: pointed "processus uncinati" (uncovertebral arthrosis)',
    rule: 'MANIP item uncovertebral-arthrosis (§5 table (ART))',
    delta: {
      add: [
        S(
          'xray',
          'cervical-spine',
          '2026-11-15',
          'X-RAY OF THE CERVICAL SPINE IN TWO PROJECTIONS WITH FUNCTIONAL TESTS\nCervical lordosis is straightened. The heights of the vertebral bodies are preserved.\nThe intervertebral spaces C5-C6, C6-C7 are narrowed. Subchondral sclerosis of the endplates C5-C7. Marginal bone growths of the C5-C6 bodies.\nThe processus uncinati C5-C6 are pointed and elongated.\nOn functional tests no pathological mobility of the segments is revealed.\nThe prevertebral soft tissues are not thickened.\nCONCLUSION: X-ray signs of osteochondrosis of the cervical spine C5-C7.',
        ),
      ],
    },
    expect: { manip: 'contraindicated' },
  }),
  one({
    round: 7,
    family: 'r7 p3.py W whole report',
    name: 'w05 US duplex worksheet: "Left vertebral: not identified"',
    rule: 'URG-ACUTE-IMAGING absent flow / VA not shown (§9 Acute imaging)',
    delta: {
      add: [
        S(
          'doppler',
          'neck-vessels',
          '2026-11-15',
          'CAROTID AND VERTEBRAL DUPLEX ULTRASOUND\nINDICATION: Dizziness.\nTECHNIQUE: Grayscale, color and spectral Doppler evaluation of the extracranial carotid and vertebral arteries.\nFINDINGS:\nRight CCA: PSV 82 cm/s. Right ICA: PSV 71 cm/s, EDV 24 cm/s. ICA/CCA ratio 0.9. Minimal intimal thickening.\nLeft CCA: PSV 79 cm/s. Left ICA: PSV 68 cm/s, EDV 22 cm/s. ICA/CCA ratio 0.9.\nRight vertebral: antegrade flow, PSV 44 cm/s.\nLeft vertebral: not identified.\nIMPRESSION:\n1. No hemodynamically significant stenosis of either internal carotid artery (less than 50 %).\n2. Right vertebral artery antegrade flow.',
        ),
      ],
    },
    expect: {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
    },
  }),
  one({
    round: 7,
    family: 'r7 p3.py W whole report',
    name: 'w06 UK MRI C-spine: "high T2 signal within the cord" at C4/5 (myelopathy)',
    rule: 'MANIP item myelopathy (FR) (§5 table)',
    delta: {
      add: [
        S(
          'mri',
          'cervical-spine',
          '2026-11-15',
          'MRI CERVICAL SPINE\nClinical details: Neck pain radiating to both arms. Clumsy hands.\nTechnique: Sagittal T1, T2, STIR; axial T2 gradient echo.\nFindings: Normal cervical lordosis and alignment. Vertebral body heights are maintained. Normal marrow signal.\nC2/3, C3/4: no disc abnormality.\nC4/5: broad-based posterior disc-osteophyte complex effacing the ventral CSF, with a small focus of high T2 signal within the cord at this level.\nC5/6: small central disc protrusion without neural compromise.\nC6/7, C7/T1: normal.\nThe craniocervical junction is normal. No prevertebral soft tissue swelling.\nConclusion: Multilevel degenerative disease, most marked at C4/5.',
        ),
      ],
    },
    expect: { manip: 'contraindicated' },
  }),
  one({
    round: 7,
    family: 'r7 p3.py W whole report',
    name: 'w07 US CTA neck: "focal outpouching ... consistent with pseudoaneurysm" of right V3',
    rule: 'URG-ACUTE-IMAGING dissection (pseudoaneurysm) (§9; §5 dissection)',
    delta: {
      add: [
        S(
          'cta',
          'neck-vessels',
          '2026-11-15',
          'CTA NECK WITH AND WITHOUT CONTRAST\nHISTORY: Posterior neck pain after chiropractic adjustment last week.\nTECHNIQUE: Helical CT angiography of the neck with 3D reformats.\nFINDINGS:\nAortic arch and great vessel origins: conventional anatomy, patent.\nRight common and internal carotid arteries: patent without stenosis.\nLeft common and internal carotid arteries: patent without stenosis.\nRight vertebral artery: there is a 4 mm focal outpouching of the V3 segment at the C1 level, with mild irregularity of the adjacent lumen.\nLeft vertebral artery: patent, codominant, no stenosis.\nSoft tissues: unremarkable. Lung apices: clear.\nIMPRESSION:\n1. Right V3 focal outpouching, consistent with a small pseudo-aneurysm. Recommend neurology consultation.\n2. Otherwise unremarkable CTA of the neck.',
        ),
      ],
    },
    expect: {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
    },
  }),
  one({
    round: 7,
    family: 'r7 p3.py W whole report',
    name: 'w08 Russian-trained head MRI: cerebellar focus "with high signal on DWI and reduced ADC values", conclusion "focal lesion (ischaemic genesis)"',
    rule: 'URG-ACUTE-IMAGING acute infarct (§9 Acute imaging)',
    delta: {
      add: [
        S(
          'mri',
          'head',
          '2026-11-15',
          'MRI OF THE BRAIN\nOn a series of MR tomograms weighted by T1, T2, FLAIR, DWI in three projections, sub- and supratentorial structures are visualised.\nThe midline structures are not displaced.\nIn the right hemisphere of the cerebellum a focus of altered MR signal 14x9 mm is determined, hyperintense on T2 and FLAIR, with high signal on DWI and reduced ADC values.\nIn the white matter of the frontal lobes, single small foci of gliosis of vascular genesis up to 3 mm.\nThe lateral ventricles are symmetric, not dilated. The third ventricle 4 mm. The fourth ventricle is not changed.\nThe subarachnoid spaces are moderately widened in the convexital regions.\nThe craniovertebral junction is without features.\nCONCLUSION: MR picture of a focal lesion of the right cerebellar hemisphere (ischaemic genesis). Single foci of gliosis of vascular genesis.',
        ),
      ],
    },
    expect: {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
    },
  }),
  one({
    round: 7,
    family: 'r7 p3.py W whole report',
    name: 'w09 UK MRI brain: infarct "not present on the study of 01/10/2026" (UK date)',
    rule: 'URG-ACUTE-IMAGING (new infarct) (§9 Acute imaging)',
    delta: {
      add: [
        S(
          'mri',
          'head',
          '2026-11-15',
          'MRI HEAD\nClinical details: Recurrent vertigo. Previous MRI 01/10/2026.\nTechnique: Sagittal T1, axial T2, FLAIR, DWI, SWI.\nComparison: MRI head 01/10/2026.\nFindings: There is a 1 cm area of T2 hyperintensity in the left cerebellar hemisphere which was not present on the study of 01/10/2026. A few nonspecific white matter hyperintensities are unchanged.\nNo haemorrhage. No mass. Normal ventricular size. Normal flow voids.\nConclusion: New left cerebellar lesion since 01/10/2026, likely an infarct.',
        ),
      ],
    },
    expect: {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
    },
  }),
  one({
    round: 7,
    family: 'r7 p3.py W whole report',
    name: 'w10 US CT C-spine: "nondisplaced lucency through the left posterior arch of C1"; impression names a fracture (control)',
    rule: 'MANIP item fracture (§5 table (FR))',
    delta: {
      add: [
        S(
          'msct',
          'cervical-spine',
          '2026-11-15',
          'CT CERVICAL SPINE WITHOUT CONTRAST\nHISTORY: Fall from bicycle, neck pain.\nTECHNIQUE: Axial CT with sagittal and coronal reformats.\nFINDINGS:\nAlignment: normal. No listhesis.\nVertebral body heights are maintained.\nThere is a nondisplaced lucency through the left posterior arch of C1.\nMultilevel mild disc space narrowing with small osteophytes, most pronounced at C5-6.\nPrevertebral soft tissues are within normal limits.\nVisualized lung apices are clear.\nIMPRESSION:\n1. Nondisplaced lucency through the left posterior arch of C1, compatible with an acute nondisplaced fracture.\n2. Mild degenerative changes.',
        ),
      ],
    },
    expect: { manip: 'contraindicated' },
  }),
  one({
    round: 7,
    family: 'r7 p3.py W whole report',
    name: 'w11 Russian-trained duplex: "stenosis of the left VA ... 55 %" in a table-like line, conclusion "without haemodynamically significant stenoses"',
    rule: 'MANIP precaution vertebral-artery-narrowing (§5 table)',
    delta: {
      add: [
        S(
          'doppler',
          'neck-vessels',
          '2026-11-15',
          'ULTRASOUND DUPLEX SCANNING OF THE EXTRACRANIAL BRACHIOCEPHALIC ARTERIES\nCCA: right - IMT 0.9 mm, left - IMT 0.9 mm. Walls of increased echogenicity.\nICA: right - stenosis 0 %, left - stenosis 0 %.\nVA: right - diameter 3.4 mm, Vps 46 cm/s; left - diameter 3.1 mm, Vps 71 cm/s, at the ostium a local narrowing of the lumen by 55 % (by diameter).\nSubclavian arteries: flow of the main type.\nCONCLUSION: Echo signs of initial atherosclerotic changes of the brachiocephalic arteries without haemodynamically significant stenoses.',
        ),
      ],
    },
    expect: { manip: 'caution' },
  }),
  one({
    round: 7,
    family: 'r7 p3.py W whole report',
    name: 'w12 UK CTA follow-up: "persistent linear filling defect" in left V2, "without interval changes"',
    rule: 'dissection (at any time, onset unknown -> emergency) (§4; §5 dissection)',
    delta: {
      add: [
        S(
          'cta',
          'neck-vessels',
          '2026-11-15',
          'CT ANGIOGRAM NECK\nClinical details: Follow-up.\nTechnique: Standard CTA protocol.\nComparison: CTA 12/10/2026.\nFindings: Normal aortic arch and carotid arteries, no stenosis. The right vertebral artery is normal. In the left V2 segment there is a persistent linear filling defect, without interval changes. No occlusion. No new areas of stenosis. Brain on the source images: no abnormality.\nConclusion: Stable appearances of the left vertebral artery. No new abnormality.',
        ),
      ],
    },
    expect: {
      manip: 'contraindicated',
      czm: 'contraindicated',
      bm: 'contraindicated',
      ex: 'contraindicated',
      urg: 'emergency',
    },
  }),
];
