/** Known open probes of review round 5 (part c); see known-open.ts for the kinds. Misses name their REPORT.md family. */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R5_C: readonly KnownOpen[] = [
  {
    key: 'r5 "To-and-fro flow in the left VA." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: to-and-fro flow: subclavian steal or pre-occlusion; the corpus deliberately reads retrograde flow (steal) as nothing (got urgency none)',
  },
  {
    key: 'r5 "Left VA: velocity 20 cm/s vs 45 cm/s on the right." [doppler/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: numbers only (20 vs 45 cm/s): the reader does not read numbers; FS-8 warns only when nothing at all is read (got manipulation clear)',
  },
  {
    key: 'r5 "String-of-beads appearance of the left V2 segment (FMD)." [cta/neck-vessels 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: FMD / string-of-beads: not named in the rules; a dissection risk (got manipulation clear)',
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
    key: 'r5 "Endplate erosion and paravertebral soft tissue oedema at C5-C6 consistent with infection." [mri/cervical-spine 2026-11-15]',
    kind: 'judgement',
    reason:
      'REPORT.md judgement call: read as infection (czm/back contraindicated, manip caution); spondylodiscitis (manip contraindicated) is not read (got manipulation caution)',
  },
  {
    key: 'r5 "No fracture / uncovertebral arthrosis C5-C6." [xray/cervical-spine 2026-11-15]',
    kind: 'judgement',
    reason:
      "REPORT.md judgement call: a slash may mean 'or' (both negated) or a new item; read as one negated list, because reading the second item raised false emergencies ('No dissection / occlusion of the vertebral arteries', round 6 review)",
  },
];
