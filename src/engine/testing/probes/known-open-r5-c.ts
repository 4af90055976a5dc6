/** Known open probes of review round 5 (part c); see known-open.ts for the kinds. Misses name their REPORT.md family. */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R5_C: readonly KnownOpen[] = [
  {
    key: 'r5 "Aneurysmal dilatation of the left V4 segment with irregular wall." [mra/head 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: aneurysmal dilatation with irregular wall: a dissecting aneurysm is likely but the text does not say dissection (got everything clear, urgency none)',
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
];
