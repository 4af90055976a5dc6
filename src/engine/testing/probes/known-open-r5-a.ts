/** Known open probes of review round 5 (part a); see known-open.ts for the kinds. Misses name their REPORT.md family. */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R5_A: readonly KnownOpen[] = [
  {
    key: 'r5 "Left VA remains non-visualised." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "P2 comparison wording for an occlusion: 'Left VA remains non-visualised.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Flow: right VA - normal, left VA - absent." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "D templated laterality line: 'Flow: right VA - normal, left VA - absent.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Left VA: flow - none." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason: "D templated laterality line: 'Left VA: flow - none.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Vertebral dissection on the left." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      "B1 dissection vocabulary: 'Vertebral dissection on the left.' not read (everything clear, urgency none)",
  },
  {
    key: 'r5 "LVA dissection." [mri/head 2026-11-15]',
    kind: 'miss',
    reason: "B1 dissection vocabulary: 'LVA dissection.' not read (everything clear, urgency none)",
  },
  {
    key: 'r5 "Lt. vertebral a. dissection" [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      "B1 dissection vocabulary: 'Lt. vertebral a. dissection' not read (everything clear, urgency none)",
  },
  {
    key: 'r5 "Findings consistent with vertebral dissection." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "B1 dissection vocabulary: 'Findings consistent with vertebral dissection.' not read (everything clear, urgency none)",
  },
  {
    key: 'r5 "RVA dissection with intramural haematoma." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "B1 dissection vocabulary: 'RVA dissection with intramural haematoma.' not read (everything clear, urgency none)",
  },
  {
    key: 'r5 "Mural haematoma in the left V2 segment." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "B1 dissection vocabulary: 'Mural haematoma in the left V2 segment.' not read (everything clear, urgency none)",
  },
  {
    key: 'r5 "Mural hematoma of the right vertebral artery." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "B1 dissection vocabulary: 'Mural hematoma of the right vertebral artery.' not read (everything clear, urgency none)",
  },
  {
    key: 'r5 "Crescentic T1 hyperintensity in the wall of the left vertebral artery." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "B1 dissection vocabulary: 'Crescentic T1 hyperintensity in the wall of the left vertebral artery.' not read (everything clear, urgency none)",
  },
  {
    key: 'r5 "T1 fat-sat: hyperintense eccentric wall thickening of the left VA." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "B1 dissection vocabulary: 'T1 fat-sat: hyperintense eccentric wall thickening of the left VA.' not read (everything clear, urgency none)",
  },
  {
    key: 'r5 "Carotid and vertebral dissection on the right." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "B1 dissection vocabulary: 'Carotid and vertebral dissection on the right.' not read (everything clear, urgency none)",
  },
  {
    key: 'r5 "Flap in the left V3 segment." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "B1 dissection vocabulary: 'Flap in the left V3 segment.' not read (everything clear, urgency none)",
  },
  {
    key: 'r5 "Left VA shows a double-lumen appearance." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "B1 dissection vocabulary: 'Left VA shows a double-lumen appearance.' not read (everything clear, urgency none)",
  },
  {
    key: 'r5 "Left VA with a flap in the lumen." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "B1 dissection vocabulary: 'Left VA with a flap in the lumen.' not read (everything clear, urgency none)",
  },
  {
    key: 'r5 "Recommend CTA to exclude dissection." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      "B1 dissection vocabulary: 'Recommend CTA to exclude dissection.' not read (all four modalities clear)",
  },
  {
    key: 'r5 "Findings suspicious for dissection; CTA recommended." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "B1 dissection vocabulary: 'Findings suspicious for dissection; CTA recommended.' not read (all four modalities clear)",
  },
  {
    key: 'r5 "Dissection should be considered; CTA advised." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "B1 dissection vocabulary: 'Dissection should be considered; CTA advised.' not read (all four modalities clear)",
  },
  {
    key: 'r5 "Right vertebral artery is absent." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "B2 occlusion vocabulary: 'Right vertebral artery is absent.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Absent left vertebral artery." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "B2 occlusion vocabulary: 'Absent left vertebral artery.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Left vertebral artery shows no enhancement." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "B2 occlusion vocabulary: 'Left vertebral artery shows no enhancement.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Left VA is not enhanced on contrast images." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "B2 occlusion vocabulary: 'Left VA is not enhanced on contrast images.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Left VA: non-opacified from V1 to V4." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "B2 occlusion vocabulary: 'Left VA: non-opacified from V1 to V4.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Lack of contrast filling in the left VA." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "B2 occlusion vocabulary: 'Lack of contrast filling in the left VA.' below the bound (urgency none)",
  },
  {
    key: 'r5 "The left VA is blocked." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason: "B2 occlusion vocabulary: 'The left VA is blocked.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Left VA blocked at V2." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason: "B2 occlusion vocabulary: 'Left VA blocked at V2.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Clot in the left VA." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason: "B2 occlusion vocabulary: 'Clot in the left VA.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Intraluminal filling defect in the left V4 segment." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "B2 occlusion vocabulary: 'Intraluminal filling defect in the left V4 segment.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Abrupt cut-off of the left vertebral artery at V2." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "B2 occlusion vocabulary: 'Abrupt cut-off of the left vertebral artery at V2.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Left VA cut-off at V3." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason: "B2 occlusion vocabulary: 'Left VA cut-off at V3.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Left VA terminates abruptly at C3." [cta/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "B2 occlusion vocabulary: 'Left VA terminates abruptly at C3.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Absent left VA." [mri/head 2026-11-15]',
    kind: 'miss',
    reason: "B2 occlusion vocabulary: 'Absent left VA.' below the bound (urgency none)",
  },
  {
    key: 'r5 "LVA occluded." [mri/head 2026-11-15]',
    kind: 'miss',
    reason: "B2 occlusion vocabulary: 'LVA occluded.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Left vert occluded." [mri/head 2026-11-15]',
    kind: 'miss',
    reason: "B2 occlusion vocabulary: 'Left vert occluded.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Vertebral occlusion on the right." [mri/head 2026-11-15]',
    kind: 'miss',
    reason:
      "B2 occlusion vocabulary: 'Vertebral occlusion on the right.' below the bound (urgency none)",
  },
  {
    key: 'r5 "RVA occlusion." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason: "B2 occlusion vocabulary: 'RVA occlusion.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Flow void of the left VA is lost." [mri/cervical-spine 2026-11-15]',
    kind: 'miss',
    reason:
      "B2 occlusion vocabulary: 'Flow void of the left VA is lost.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Left VA: no signal." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason: "B2 occlusion vocabulary: 'Left VA: no signal.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Absent Doppler signal in the left VA." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "B2 occlusion vocabulary: 'Absent Doppler signal in the left VA.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Flow in the left VA was not found." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "B2 occlusion vocabulary: 'Flow in the left VA was not found.' below the bound (urgency none)",
  },
  {
    key: 'r5 "No flow signal from the left VA." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "B2 occlusion vocabulary: 'No flow signal from the left VA.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Left VA: PSV 0 cm/s." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason: "B2 occlusion vocabulary: 'Left VA: PSV 0 cm/s.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Left VA velocity 0 cm/s." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason: "B2 occlusion vocabulary: 'Left VA velocity 0 cm/s.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Left VA: flow cannot be obtained." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "B2 occlusion vocabulary: 'Left VA: flow cannot be obtained.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Left VA could not be insonated." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "B2 occlusion vocabulary: 'Left VA could not be insonated.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Left VA not insonated." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason: "B2 occlusion vocabulary: 'Left VA not insonated.' below the bound (urgency none)",
  },
  {
    key: 'r5 "Left VA flow disappears on rotation." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "B3 narrowing vocabulary: 'Left VA flow disappears on rotation.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Flow stops in the left VA with head turned right." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "B3 narrowing vocabulary: 'Flow stops in the left VA with head turned right.' below the bound (manipulation clear)",
  },
  {
    key: 'r5 "Flow in the left VA ceases on head rotation to the right." [doppler/neck-vessels 2026-11-15]',
    kind: 'miss',
    reason:
      "B3 narrowing vocabulary: 'Flow in the left VA ceases on head rotation to the right.' below the bound (manipulation clear)",
  },
];
