/**
 * Reviewer probes, round 52 (/tmp/probe52/head.md: report-text vignettes and bad input against
 * 633b411), third part: reports in capitals (U1-U4), typos of key words (T1-T8), two or three
 * studies of different dates (M1-M5), and the triad in the referral reason (R1; R2 and R3 are
 * the round's advisory controls, without a bound: no rule says the referral reason is read).
 * The round's 74 vignettes: probe-cases-r52-a.ts (L, D), -b.ts (K, C), -c.ts (U, T1-T8, M1-M5,
 * R), -d.ts (N1-N16), -e.ts (S, E, Z1, Z2); its bad-input files are validate-r52.spec.ts.
 * PROBE_BASE (every intake finding answered "no", a clean cervical X-ray of 2026-10-01, assessed
 * 2026-11-20) with the studies, sessions and referral written, as in the round's harness
 * (helpers in probe-r52-lib.ts). Expectations are the round's: lower bounds for misses, upper
 * bounds for false alarms (the course and VAS bounds as the sets within them, as in
 * probe-r51-lib.ts). All pass on main; test data only, all synthetic.
 */
import type { Probe } from './probe-model';
import {
  CLEAR,
  DISS_ANY,
  DISS_ANY_T,
  EMER,
  HIGH2,
  HIGH2_T,
  OLD_NOT_EMERG,
  st,
  STROKE_RECENT,
  TRI2,
  UVA,
  UVA_T,
  vignette,
  type Bounds,
} from './probe-r52-lib';

const FAMILY =
  'r52 A capitals, typos, several studies, the referral reason (s3, s5, s8, s9, FS-2, FS-7)';
const probes: Probe[] = [];
const A = (
  id: string,
  kind: 'miss' | 'false-alarm' | 'control',
  d: Parameters<typeof vignette>[4],
  b: Bounds,
  rule: string,
): void => vignette(probes, FAMILY, id, kind, d, b, rule);

// ---- U: reports in capitals
A(
  'U1',
  'miss',
  {
    add: [
      st(
        'mri',
        'head',
        2,
        'MRI BRAIN: ACUTE INFARCT IN THE RIGHT PICA TERRITORY WITH RESTRICTED DIFFUSION. NO HAEMORRHAGE.',
      ),
    ],
  },
  EMER,
  'acute infarct in capitals, report 2 d old (s9 emergency)',
);
A(
  'U2',
  'miss',
  {
    add: [
      st(
        'cta',
        'neck-vessels',
        3,
        'CTA NECK: LEFT VERTEBRAL ARTERY DISSECTION AT V3 WITH A SMALL PSEUDOANEURYSM. RIGHT VA NORMAL.',
      ),
    ],
  },
  EMER,
  'dissection in capitals, report 3 d old (s9 emergency)',
);
A(
  'U3',
  'miss',
  {
    add: [
      st(
        'xray',
        'cervical-spine',
        10,
        'XR C-SPINE: STRAIGHTENED LORDOSIS. UNCOVERTEBRAL ARTHROSIS C5-6 AND C6-7. NO FRACTURE.',
      ),
    ],
  },
  UVA,
  UVA_T + ' (capitals)',
);
A(
  'U4',
  'false-alarm',
  {
    add: [
      st(
        'mri',
        'head',
        3,
        'MRI BRAIN: NO ACUTE INFARCT. NO HAEMORRHAGE. NO DISSECTION. VERTEBRAL AND BASILAR FLOW VOIDS NORMAL.',
      ),
    ],
  },
  CLEAR,
  'denials only, in capitals (FS-7): all clear',
);

// ---- T: typos of key words
A(
  'T1',
  'miss',
  {
    add: [
      st(
        'cta',
        'neck-vessels',
        2,
        'CTA neck: Left vertebal artery disection at V3 with intimal flap. Right VA normal.',
      ),
    ],
  },
  EMER,
  '"vertebal artery disection" (typos) in a CTA 2 d old (s9 emergency)',
);
A(
  'T2',
  'miss',
  {
    add: [
      st(
        'mri',
        'head',
        3,
        'MRI brain: Acute infract in the left cerebellar hemisphere, PICA territory, with restricted diffusion.',
      ),
    ],
  },
  EMER,
  '"acute infract" (typo) in an MRI 3 d old (s9 emergency)',
);
A(
  'T3',
  'miss',
  {
    add: [
      st(
        'cta',
        'neck-vessels',
        2,
        'CTA neck: Findings consistent with left vertebral artery dissecion in the V3 segment.',
      ),
    ],
  },
  EMER,
  '"dissecion" (typo) in a CTA 2 d old (s9 emergency)',
);
A(
  'T4',
  'miss',
  {
    add: [
      st(
        'xray',
        'cervical-spine',
        10,
        'Cervical spine: Uncovertebal arthrosis C5-C6 on the left. Osteochondrosis C5-C7.',
      ),
    ],
  },
  UVA,
  UVA_T + ' ("uncovertebal", a typo)',
);
A(
  'T5',
  'miss',
  { add: [st('mri', 'head', 3, 'MRI brain: Acute cerebellar infacrt, left PICA territory.')] },
  EMER,
  '"infacrt" (two letters swapped) in an MRI 3 d old (s9 emergency)',
);
A(
  'T6',
  'miss',
  {
    add: [
      st(
        'cta',
        'neck-vessels',
        2,
        'CTA neck: Occulsion of the left vertebral artery at V4, no opacification distally.',
      ),
    ],
  },
  EMER,
  '"occulsion" (typo) of the left VA, report 2 d old (s9: VA occlusion -> emergency)',
);
A(
  'T7',
  'miss',
  {
    findings: TRI2,
    add: [
      st(
        'doppler',
        'neck-vessels',
        10,
        'Left vertebral artery: stenossis at the origin, about 70%, PSV increased. Right VA normal.',
      ),
    ],
  },
  HIGH2,
  HIGH2_T + ' ("stenossis", a typo)',
);
A(
  'T8',
  'false-alarm',
  {
    add: [
      st(
        'cta',
        'neck-vessels',
        3,
        'CTA neck: Vertebral arteries: no disection or stenosis. Brain: no infract.',
      ),
    ],
  },
  CLEAR,
  'denials with typos (FS-7): all clear',
);

// ---- M: two or three studies of different dates
A(
  'M1',
  'miss',
  {
    imaging: [
      st('xray', 'cervical-spine', 400, 'Osteochondrosis C4-C7. Uncovertebral arthrosis C5-C6.'),
      st('mri', 'head', 20, 'MRI brain: normal.'),
      st('doppler', 'neck-vessels', 10, 'Both vertebral arteries patent with normal flow.'),
    ],
  },
  UVA,
  UVA_T + ' (the X-ray of last year, among three studies)',
);
A(
  'M2',
  'miss',
  {
    add: [
      st('mri', 'head', 200, 'MRI brain: Acute left PICA infarct with restricted diffusion.'),
      st('mri', 'head', 30, 'MRI brain: Chronic left PICA infarct with gliosis. No acute infarct.'),
    ],
  },
  OLD_NOT_EMERG,
  'acute reading in a report 200 d old (onset unknown, s8) and a chronic infarct 30 d ago: stroke onset unknown -> treated as recent, manip+czm contraindicated; no acute reading <=180 d -> not emergency',
);
A(
  'M3',
  'miss',
  {
    add: [
      st('cta', 'neck-vessels', 40, 'CTA neck: left V2 dissection with intimal flap.'),
      st('mra', 'neck-vessels', 20, 'MRA neck: healing left V2 dissection, improved calibre.'),
      st('doppler', 'neck-vessels', 3, 'Left vertebral artery patent, antegrade flow.'),
    ],
  },
  DISS_ANY,
  DISS_ANY_T + ' (CTA 40 d, MRA 20 d: s9 15-180 d -> urgent)',
);
A(
  'M4',
  'miss',
  {
    findings: TRI2,
    add: [
      st(
        'doppler',
        'neck-vessels',
        400,
        'Left VA: lumen narrowed at V2 with reduced flow velocity.',
      ),
      st('xray', 'cervical-spine', 15, 'Osteochondrosis C5-C6.'),
    ],
  },
  HIGH2,
  HIGH2_T + ' (the Doppler is 400 d old; s3 sets no age limit)',
);
A(
  'M5',
  'miss',
  {
    add: [
      {
        modality: 'mri',
        region: 'head',
        report: 'MRI brain: Acute right PICA infarct with restricted diffusion.',
      } as never,
    ],
  },
  STROKE_RECENT,
  'an undated report reading an acute infarct (s8: no date -> stroke onset unknown, treated as recent): manip+czm contraindicated',
);

// ---- R: the symptom triad written in the referral reason
A(
  'R1',
  'miss',
  {
    findings: { headache: undefined, dizziness: undefined, 'visual-disturbance': undefined },
    referral: {
      date: '2026-11-10',
      from: 'GP',
      reason:
        '3 weeks of occipital headache, dizziness and blurred vision; please assess for manual therapy',
      priority: 'routine',
      status: 'new',
    },
  },
  { manip: 'not-cleared', czm: 'not-cleared', vas: 'indeterminate' },
  'triad in the referral reason, the triad fields unanswered (FS-1/FS-2; s5 czm row: could still be high): manip + czm not-cleared, vas indeterminate',
);
A(
  'R2',
  'control',
  {
    findings: {},
    referral: {
      date: '2026-11-10',
      from: 'GP',
      reason: '3 weeks of occipital headache, dizziness and blurred vision',
      priority: 'routine',
      status: 'new',
    },
  },
  {},
  'ADVISORY (no rule): intake answers the triad "no" while the referral reason names all three; no section says the referral is read',
);
A(
  'R3',
  'control',
  {
    findings: {},
    referral: {
      date: '2026-11-19',
      from: 'ED',
      reason:
        'Sudden worst-ever headache yesterday after chiropractic neck manipulation; CT head normal',
      priority: 'urgent',
      status: 'new',
    },
  },
  {},
  'ADVISORY (no rule): thunderclap headache after manipulation only in the referral reason, intake all "no"',
);

export const ROUND_52_C: readonly Probe[] = probes;
