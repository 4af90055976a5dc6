/** Known open probes of review round 5 (part c); see known-open.ts for the kinds. Misses name their REPORT.md family. */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R5_C: readonly KnownOpen[] = [
  {
    key: 'r5 "Reduced height of the C5 vertebral body." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C4 fracture/instability/laxity wording: 'Reduced height of the C5 vertebral body.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Crush deformity of C6." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C4 fracture/instability/laxity wording: 'Crush deformity of C6.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Cortical break in the C2 lamina." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C4 fracture/instability/laxity wording: 'Cortical break in the C2 lamina.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Widened ADI (5 mm)." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C4 fracture/instability/laxity wording: 'Widened ADI (5 mm).' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Atlanto-dental interval 5 mm, widened." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C4 fracture/instability/laxity wording: 'Atlanto-dental interval 5 mm, widened.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Increased atlantodental interval on flexion." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C4 fracture/instability/laxity wording: 'Increased atlantodental interval on flexion.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Rheumatoid arthritis with pannus at C1-C2 and erosion of the dens." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C4 fracture/instability/laxity wording: 'Rheumatoid arthritis with pannus at C1-C2 and erosion of the dens.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Erosion of the odontoid process with pannus (rheumatoid arthritis)." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C4 fracture/instability/laxity wording: 'Erosion of the odontoid process with pannus (rheumatoid arthritis).' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Ligamentous laxity at C1-C2." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C4 fracture/instability/laxity wording: 'Ligamentous laxity at C1-C2.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Anterior translation of C4 on C5 by 4 mm on flexion." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C4 fracture/instability/laxity wording: 'Anterior translation of C4 on C5 by 4 mm on flexion.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Patient with Ehlers-Danlos syndrome; hypermobile cervical segments." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C4 fracture/instability/laxity wording: 'Patient with Ehlers-Danlos syndrome; hypermobile cervical segments.' below the bound (manipulation caution)",
  },
  {
    key: 'r5 "Marfan syndrome. Cervical spine alignment preserved." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C4 fracture/instability/laxity wording: 'Marfan syndrome. Cervical spine alignment preserved.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Down syndrome. Atlanto-dental interval 6 mm." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C4 fracture/instability/laxity wording: 'Down syndrome. Atlanto-dental interval 6 mm.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Known lung cancer. Multiple sclerotic foci in the vertebral bodies." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C5 cancer/infection/bone/thyroid wording: 'Known lung cancer. Multiple sclerotic foci in the vertebral bodies.' below the bound (manipulation clear, collar-zone massage clear)",
  },
  {
    key: 'r5 "History of breast cancer." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C5 cancer/infection/bone/thyroid wording: 'History of breast cancer.' below the bound (manipulation clear, collar-zone massage clear)",
  },
  {
    key: 'r5 "Patient with prostate cancer; blastic lesions C5, C6." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C5 cancer/infection/bone/thyroid wording: 'Patient with prostate cancer; blastic lesions C5, C6.' below the bound (manipulation clear, collar-zone massage clear)",
  },
  {
    key: 'r5 "Oncological process in C3 cannot be excluded." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C5 cancer/infection/bone/thyroid wording: 'Oncological process in C3 cannot be excluded.' below the bound (manipulation clear, collar-zone massage clear)",
  },
  {
    key: 'r5 "Neoplastic lesion of C3." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C5 cancer/infection/bone/thyroid wording: 'Neoplastic lesion of C3.' below the bound (manipulation clear, collar-zone massage clear)",
  },
  {
    key: 'r5 "Pott\'s disease at C5-C6." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C5 cancer/infection/bone/thyroid wording: 'Pott's disease at C5-C6.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Septic arthritis of the left C4-5 facet." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C5 cancer/infection/bone/thyroid wording: 'Septic arthritis of the left C4-5 facet.' below the bound (manipulation clear, back massage clear)",
  },
  {
    key: 'r5 "Bone density decreased." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C5 cancer/infection/bone/thyroid wording: 'Bone density decreased.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Incidental 12 mm nodule in the right thyroid lobe." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C5 cancer/infection/bone/thyroid wording: 'Incidental 12 mm nodule in the right thyroid lobe.' below the bound (collar-zone massage clear)",
  },
  {
    key: 'r5 "Heterogeneous thyroid with hypoechoic nodules." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "C5 cancer/infection/bone/thyroid wording: 'Heterogeneous thyroid with hypoechoic nodules.' below the bound (collar-zone massage clear)",
  },
  {
    key: 'r5 "Aneurysmal dilatation of the left V4 segment with irregular wall." [mra/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: aneurysmal dilatation with irregular wall: a dissecting aneurysm is likely but the text does not say dissection (got everything clear, urgency none)',
  },
  {
    key: 'r5 "Pre-occlusive flow pattern in the left VA." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: pre-occlusive flow pattern: the lexicon reads near-/sub-occlusion as occlusion, so consistency argues for it; the rules name occlusion or absent flow only (got urgency none)',
  },
  {
    key: 'r5 "Stump flow in the left VA." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: stump flow: Doppler sign of distal occlusion (inferred, not stated) (got urgency none)',
  },
  {
    key: 'r5 "To-and-fro flow in the left VA." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: to-and-fro flow: subclavian steal or pre-occlusion; the corpus deliberately reads retrograde flow (steal) as nothing (got urgency none)',
  },
  {
    key: 'r5 "Left VA: thump pattern, no diastolic flow." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: thump pattern with no diastolic flow: distal occlusion sign (inferred) (got urgency none)',
  },
  {
    key: 'r5 "Retrograde flow in the left VA, no antegrade component." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: retrograde flow with no antegrade component: the lexicon reads "no antegrade flow" as absent flow, but the corpus says retrograde flow (steal) is nothing (got urgency none)',
  },
  {
    key: 'r5 "Flow velocity in the left VA is lower than on the right." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: velocity lower than the other side: asymmetry without the word reduced (got manipulation clear)',
  },
  {
    key: 'r5 "Left VA: velocity 20 cm/s vs 45 cm/s on the right." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: numbers only (20 vs 45 cm/s): the reader does not read numbers; FS-8 warns only when nothing at all is read (got manipulation clear)',
  },
  {
    key: 'r5 "Tortuosity of the left VA in V1 with flow acceleration." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: tortuosity with flow acceleration: the lexicon reads only "tortuosity with haemodynamic significance" (got manipulation clear)',
  },
  {
    key: 'r5 "String-of-beads appearance of the left V2 segment (FMD)." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: FMD / string-of-beads: not named in the rules; a dissection risk (got manipulation clear)',
  },
  {
    key: 'r5 "Narrowing of the uncovertebral joint spaces C5-C6." [xray/cervical-spine 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: uncovertebral joint-space narrowing: a radiographic sign of uncovertebral arthrosis (common in Russian-school X-ray reports), but not the word arthrosis (got manipulation clear)',
  },
  {
    key: 'r5 "Uncovertebral joint space narrowing at C5/6 with subchondral sclerosis." [xray/cervical-spine 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: uncovertebral joint-space narrowing: a radiographic sign of uncovertebral arthrosis (common in Russian-school X-ray reports), but not the word arthrosis (got manipulation clear)',
  },
  {
    key: 'r5 "Os odontoideum with instability on flexion-extension." [mri/cervical-spine 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: os odontoideum with instability: read as vertebral-instability (caution); the rules contraindicate "fracture or ligament tear with instability" – is an os odontoideum with instability that? (got manipulation caution)',
  },
  {
    key: 'r5 "Marrow-replacing lesion in the C4 vertebral body." [mri/cervical-spine 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: marrow-replacing lesion: strongly suggests neoplasm but does not say it (got manipulation clear)',
  },
  {
    key: 'r5 "Diffuse marrow infiltration of the cervical vertebrae." [mri/cervical-spine 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: diffuse marrow infiltration: as c094 (got manipulation clear)',
  },
  {
    key: 'r5 "Epidural collection with rim enhancement at C5-C6." [mri/cervical-spine 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: epidural collection with rim enhancement: an abscess description without the word (got collar-zone massage clear, back massage clear)',
  },
  {
    key: 'r5 "Vertebral body and disc destruction at C5-C6, endplate erosions with enhancement." [mri/cervical-spine 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: disc and body destruction with enhancement: spondylodiscitis description without the word (got manipulation clear)',
  },
  {
    key: 'r5 "Endplate erosion and paravertebral soft tissue oedema at C5-C6 consistent with infection." [mri/cervical-spine 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: read as infection (czm/back contraindicated, manip caution); spondylodiscitis (manip contraindicated) is not read (got manipulation caution)',
  },
  {
    key: 'r5 "New since prior study: right cerebellar infarct." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: "new since prior study": the lexicon counts "new" as acute elsewhere ("new infarct"), but here 5 words intervene; the rules say acute / subacute / fresh / recent (got back massage clear, exercise clear, urgency none)',
  },
  {
    key: 'r5 "Right cerebellar infarct, new compared to 2026-10-01." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: "new since prior study": the lexicon counts "new" as acute elsewhere ("new infarct"), but here 5 words intervene; the rules say acute / subacute / fresh / recent (got back massage clear, exercise clear, urgency none)',
  },
  {
    key: 'r5 "Multiple acute emboli in both cerebellar hemispheres." [mri/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: acute emboli in the cerebellum: embolic infarcts implied, not stated (got everything clear, urgency none)',
  },
  {
    key: 'r5 "Acute fracture of the C2 dens." [msct/cervical-spine 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: neck-injury from imaging: a fracture or ligament injury is read only as fracture-or-ligament-instability (manipulation), not as neck-injury (collar-zone and back massage); the rules do not say text must map a fracture to neck-injury (got collar-zone massage clear, back massage clear)',
  },
  {
    key: 'r5 "Traumatic C5-C6 subluxation with facet fracture." [msct/cervical-spine 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: neck-injury from imaging: a fracture or ligament injury is read only as fracture-or-ligament-instability (manipulation), not as neck-injury (collar-zone and back massage); the rules do not say text must map a fracture to neck-injury (got collar-zone massage clear, back massage clear)',
  },
  {
    key: 'r5 "Post-traumatic changes: fracture of the C6 spinous process (clay-shoveler)." [msct/cervical-spine 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: neck-injury from imaging: a fracture or ligament injury is read only as fracture-or-ligament-instability (manipulation), not as neck-injury (collar-zone and back massage); the rules do not say text must map a fracture to neck-injury (got collar-zone massage clear, back massage clear)',
  },
  {
    key: 'r5 "Whiplash injury: prevertebral haematoma C2-C4, ligamentous injury at C4-C5." [msct/cervical-spine 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: neck-injury from imaging: a fracture or ligament injury is read only as fracture-or-ligament-instability (manipulation), not as neck-injury (collar-zone and back massage); the rules do not say text must map a fracture to neck-injury (got collar-zone massage clear, back massage clear)',
  },
  {
    key: 'r5 "Family history: mother had a stroke. Brain MRI normal." [mri/head 2026-11-15]',
    kind: 'false-alarm',
    reason:
      "REPORT.md false alarm: a family-history section is not scoped out, the mother's stroke counts as the patient's (manipulation and collar-zone massage contraindicated)",
  },
];
