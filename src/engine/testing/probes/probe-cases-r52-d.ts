/**
 * Reviewer probes, round 52 (/tmp/probe52/head.md: report-text vignettes and bad input against
 * 633b411), fourth part: wording that most often hides a positive: "No change in the ...
 * dissection", "No interval change of the known ...", addenda (N1-N10), typos again (N11-N14),
 * a report dated after assessedOn (N15), and a known infarct in a later CT (N16).
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
  DISS_ANY,
  EMER,
  rep,
  st,
  STROKE_RECENT,
  UVA,
  UVA_T,
  vignette,
  type Bounds,
} from './probe-r52-lib';

const FAMILY =
  'r52 A wording that hides a positive: no change in, no interval change of, typos (s5, s8, s9, FS-7)';
const probes: Probe[] = [];
const A = (
  id: string,
  kind: 'miss' | 'false-alarm' | 'control',
  d: Parameters<typeof vignette>[4],
  b: Bounds,
  rule: string,
): void => vignette(probes, FAMILY, id, kind, d, b, rule);

// ---- second batch: wording that most often hides a positive
A(
  'N1',
  'miss',
  {
    add: [
      st(
        'cta',
        'neck-vessels',
        4,
        rep(
          'CTA NECK',
          'Comparison: CTA 2026-11-10.',
          'Findings: No change in the left V3 dissection compared with the prior study. No new abnormality.',
          'Impression: Stable appearance.',
        ),
      ),
    ],
  },
  { ...DISS_ANY, urg: 'emergency' },
  '"No change in the left V3 dissection" (a dissection said to exist; s9 report <=14 d -> emergency; s4 onset unknown -> emergency)',
);
A(
  'N2',
  'miss',
  {
    add: [
      st(
        'mra',
        'neck-vessels',
        4,
        'MRA neck: No interval change of the known left vertebral artery dissection at V2. Right VA normal.',
      ),
    ],
  },
  { ...DISS_ANY, urg: 'emergency' },
  '"No interval change of the known left VA dissection" (s9 emergency)',
);
A(
  'N3',
  'miss',
  { add: [st('cta', 'neck-vessels', 4, 'CTA neck: Left V3 dissection: no change.')] },
  { ...DISS_ANY, urg: 'emergency' },
  '"Left V3 dissection: no change." (s9 emergency)',
);
A(
  'N4',
  'miss',
  {
    add: [
      st(
        'cta',
        'neck-vessels',
        4,
        'CTA neck: No further propagation of the left vertebral artery dissection; the intimal flap at V3 is again seen.',
      ),
    ],
  },
  { ...DISS_ANY, urg: 'emergency' },
  '"No further propagation of the left VA dissection" (s9 emergency)',
);
A(
  'N5',
  'miss',
  {
    add: [
      st(
        'cta',
        'neck-vessels',
        4,
        'CTA NECK: NO SIGNIFICANT CHANGE IN THE LEFT VERTEBRAL ARTERY DISSECTION. NO NEW ABNORMALITY.',
      ),
    ],
  },
  { ...DISS_ANY, urg: 'emergency' },
  'the same in capitals (s9 emergency)',
);
A(
  'N6',
  'miss',
  {
    add: [
      st(
        'mri',
        'head',
        4,
        'MRI brain: No new infarct. The known right PICA infarct of 2026-11-12 is again seen, with persistent restricted diffusion.',
      ),
    ],
  },
  STROKE_RECENT,
  '"No new infarct. The known right PICA infarct ... is again seen" (s5/s8: stroke read, onset recent or unknown): manip+czm contraindicated',
);
A(
  'N7',
  'miss',
  {
    add: [
      st(
        'mri',
        'head',
        4,
        'MRI brain: Interval development of a small infarct in the left cerebellar hemisphere since the study of 2026-11-02.',
      ),
    ],
  },
  EMER,
  '"Interval development of a small infarct" (new since the prior study; s9 emergency)',
);
A(
  'N8',
  'miss',
  {
    add: [
      st(
        'mri',
        'head',
        4,
        'MRI brain: Evolving left PICA territory infarct, compared with the CT of 2026-11-14.',
      ),
    ],
  },
  EMER,
  '"Evolving ... infarct" (s9 emergency)',
);
A(
  'N9',
  'miss',
  {
    add: [
      st(
        'cta',
        'neck-vessels',
        3,
        rep(
          'CTA NECK',
          'Findings: Left vertebral artery: no dissection.',
          'ADDENDUM: Correction. The sentence above should read: left vertebral artery dissection at V3 with intimal flap. The word "no" was a voice-recognition error. Dr informed.',
        ),
      ),
    ],
  },
  EMER,
  'addendum correcting a voice-recognition "no" (s8 present wins; s9 emergency)',
);
A(
  'N10',
  'miss',
  {
    add: [
      st(
        'cta',
        'neck-vessels',
        3,
        rep(
          'ADDENDUM (2026-11-18 16:40): Left V3 dissection confirmed on reformats; see below.',
          '',
          'ORIGINAL REPORT',
          'CTA NECK',
          'Findings: Left V3: subtle irregularity, ?artefact.',
          'Impression: Probably normal.',
        ),
      ),
    ],
  },
  EMER,
  'an addendum placed above the original report (s9 emergency)',
);
A(
  'N11',
  'miss',
  {
    add: [
      st(
        'cta',
        'neck-vessels',
        2,
        'CTA neck: left vertebral artery dis-\nsection at V3 with intimal flap.',
      ),
    ],
  },
  EMER,
  '"dis-\\nsection" hyphenated across a line end (s9 emergency)',
);
A(
  'N12',
  'miss',
  {
    add: [
      st(
        'cta',
        'neck-vessels',
        2,
        'CTA neck: left vertebral arery dissection at V3 with intimal flap.',
      ),
    ],
  },
  EMER,
  '"vertebral arery dissection" (typo of artery) (s9 emergency)',
);
A(
  'N13',
  'miss',
  { add: [st('mri', 'head', 2, 'MRI brain: acute cerebelar infarkt, left PICA territory.')] },
  EMER,
  '"acute cerebelar infarkt" (two typos) (s9 emergency)',
);
A(
  'N14',
  'miss',
  {
    add: [
      st(
        'xray',
        'cervical-spine',
        10,
        'Cervical spine: unco-vertebral arthrosis C5-C6, narrowing of the left foramen.',
      ),
    ],
  },
  UVA,
  UVA_T + ' ("unco-vertebral")',
);
A(
  'N15',
  'miss',
  {
    add: [st('mri', 'head', -30, 'MRI brain: Acute right PICA infarct with restricted diffusion.')],
  },
  EMER,
  'an acute infarct in a report dated 30 d AFTER assessedOn (a date slip: not known to be older; s9 acute imaging, FS-5 like WD1): emergency',
);
A(
  'N16',
  'miss',
  {
    add: [
      st('mri', 'head', 16, 'MRI brain: Acute left PICA infarct with restricted diffusion.'),
      st(
        'msct',
        'head',
        2,
        'CT head: the known left cerebellar infarct is again seen. No haemorrhage.',
      ),
    ],
  },
  { urg: 'urgent', manip: 'contraindicated', czm: 'contraindicated' },
  'acute infarct in an MRI 16 d old (s9 15-180 d -> urgent) + a CT 2 d ago "the known infarct" (s5/s8 stroke onset = 16 d): urgent, manip+czm contraindicated',
);

export const ROUND_52_D: readonly Probe[] = probes;
