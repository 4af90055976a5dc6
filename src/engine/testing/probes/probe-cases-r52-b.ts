/**
 * Reviewer probes, round 52 (/tmp/probe52/head.md: report-text vignettes and bad input against
 * 633b411), second part: reports corrected by a later report of the same region (K1-K5) and
 * comparison wording: new since, unchanged from, resolved since (C1-C6).
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
  EMER,
  HIGH2,
  HIGH2_T,
  OLD_NOT_EMERG,
  rep,
  st,
  TRI2,
  UVA,
  vignette,
  type Bounds,
} from './probe-r52-lib';

const FAMILY =
  'r52 A a later report correcting an earlier one, comparison wording (s5, s8, s9, FS-7)';
const probes: Probe[] = [];
const A = (
  id: string,
  kind: 'miss' | 'false-alarm' | 'control',
  d: Parameters<typeof vignette>[4],
  b: Bounds,
  rule: string,
): void => vignette(probes, FAMILY, id, kind, d, b, rule);

// ---- K: reports corrected by a later report of the same region
A(
  'K1',
  'miss',
  {
    add: [
      st(
        'cta',
        'neck-vessels',
        10,
        rep(
          'CTA NECK',
          'Findings: Left V3 segment shows a tapered narrowing with an intimal flap.',
          'Impression: Left vertebral artery dissection.',
        ),
      ),
      st(
        'cta',
        'neck-vessels',
        3,
        rep(
          'CTA NECK (FOLLOW-UP)',
          'Comparison: CTA of 2026-11-10.',
          'Findings: The previously described left V3 abnormality is not seen; in retrospect it was motion artefact. Vertebral arteries normal in calibre, no dissection.',
          'Impression: No dissection.',
        ),
      ),
    ],
  },
  EMER,
  'CTA 10 d ago reads a dissection; a CTA 3 d ago calls it artefact (FS-7: text never establishes absence; s8 "only rejection removes a reading"): the dissection stays -> s9 report <=14 d emergency',
);
A(
  'K2',
  'miss',
  {
    add: [
      st(
        'cta',
        'neck-vessels',
        12,
        rep(
          'CTA NECK',
          'Findings: Vertebral arteries patent throughout. No dissection. No stenosis.',
          'Impression: Normal.',
        ),
      ),
      st(
        'mra',
        'neck-vessels',
        2,
        rep(
          'MRA NECK AND FAT-SAT T1',
          'Comparison: CTA 2026-11-08.',
          'Findings: New since the CTA, a crescentic T1-hyperintense intramural haematoma of the left V4 with luminal narrowing.',
          'Impression: Left V4 dissection, new since the prior study.',
        ),
      ),
    ],
  },
  EMER,
  'normal CTA 12 d ago, then an MRA 2 d ago with a new left V4 dissection (s9: emergency)',
);
A(
  'K3',
  'miss',
  {
    add: [
      st(
        'mri',
        'head',
        12,
        rep(
          'MRI BRAIN',
          'Findings: Focus of restricted diffusion in the left cerebellar hemisphere.',
          'Impression: Acute left cerebellar infarct.',
        ),
      ),
      st(
        'mri',
        'head',
        4,
        rep(
          'MRI BRAIN (REPEAT)',
          'Comparison: 2026-11-08.',
          'Findings: No restricted diffusion today. The previously reported left cerebellar DWI abnormality was susceptibility artefact; there is no infarct.',
          'Impression: Normal.',
        ),
      ),
    ],
  },
  EMER,
  'acute infarct in an MRI 12 d ago, called artefact by an MRI 4 d ago (FS-7; s8 only rejection removes; s9: report <=14 d acute infarct -> emergency)',
);
A(
  'K4',
  'miss',
  {
    imaging: [
      st(
        'xray',
        'cervical-spine',
        400,
        'Cervical spine: uncovertebral arthrosis C5-C6 and C6-C7, osteochondrosis.',
      ),
      st(
        'mri',
        'cervical-spine',
        20,
        rep(
          'MRI CERVICAL SPINE',
          'Findings: Normal alignment. Uncovertebral joints normal. No disc herniation.',
          'Impression: Normal.',
        ),
      ),
    ],
  },
  UVA,
  "X-ray of last year reads uncovertebral arthrosis, this month's MRI says the uncovertebral joints are normal (FS-7: the later text cannot make it absent; s8): manip contraindicated",
);
A(
  'K5',
  'miss',
  {
    add: [
      st(
        'doppler',
        'neck-vessels',
        60,
        'Left vertebral artery: occluded in V2, no flow detected. Right VA normal.',
      ),
      st(
        'doppler',
        'neck-vessels',
        5,
        'Left vertebral artery: antegrade flow restored, patent. Right VA normal.',
      ),
    ],
  },
  { urg: 'urgent' },
  'VA occlusion with absent flow in a report 60 d old (s9: 15-180 d -> urgent), a later report says flow restored (FS-7)',
);

// ---- C: comparison wording
A(
  'C1',
  'miss',
  {
    add: [
      st(
        'mri',
        'head',
        5,
        rep(
          'MRI BRAIN',
          'Comparison: MRI 2026-10-01.',
          'Findings: Left PICA territory infarct, new since the MRI of 2026-10-01, with restricted diffusion.',
          'Impression: New left PICA infarct since prior.',
        ),
      ),
    ],
  },
  EMER,
  'an infarct "new since" the prior MRI, report 5 d old (s9: recent infarct -> emergency)',
);
A(
  'C2',
  'miss',
  {
    add: [
      st(
        'mri',
        'head',
        5,
        rep(
          'MRI BRAIN',
          'Findings: Left PICA territory infarct with gliosis, unchanged from the MRI of 2026-06-01. No new infarct.',
          'Impression: Stable old left PICA infarct.',
        ),
      ),
    ],
  },
  OLD_NOT_EMERG,
  'an old infarct "unchanged from" June (s5/s8: an infarct read without an acute word -> stroke onset unknown, treated as recent): manip+czm contraindicated; no acute reading -> not an emergency',
);
A(
  'C3',
  'miss',
  {
    add: [
      st(
        'cta',
        'neck-vessels',
        5,
        rep(
          'CTA NECK',
          'Comparison: CTA 2026-11-01.',
          'Findings: Left V3 dissection with intimal flap, unchanged from the CTA of 2026-11-01. No new vessel abnormality.',
          'Impression: Known left V3 dissection, stable.',
        ),
      ),
    ],
  },
  { ...DISS_ANY, urg: 'emergency' },
  'a known dissection "unchanged from" the CTA of 19 d ago, report 5 d old (s9: a dissection read in a report <=14 d -> emergency; s4: onset unknown -> emergency)',
);
A(
  'C4',
  'miss',
  {
    add: [
      st(
        'cta',
        'neck-vessels',
        30,
        rep(
          'CTA NECK',
          'Comparison: CTA 2026-08-01.',
          'Findings: The left vertebral artery dissection has resolved since the prior study; the vessel is now of normal calibre.',
          'Impression: Resolved left VA dissection.',
        ),
      ),
    ],
  },
  { manip: 'contraindicated', czm: 'contraindicated' },
  'a dissection "resolved since" the prior study (s5: vertebral-artery dissection at any time in the history -> manip+czm contraindicated)',
);
A(
  'C5',
  'false-alarm',
  {
    add: [
      st(
        'cta',
        'neck-vessels',
        5,
        rep(
          'CTA NECK',
          'Comparison: CTA 2026-10-01.',
          'Findings: The previously noted motion artefact at C1-C2 has resolved since the prior study. Vertebral arteries normal, no dissection, no stenosis.',
          'Impression: Normal.',
        ),
      ),
    ],
  },
  CLEAR,
  'only a resolved motion artefact and denials (FS-7): all four clear, urgency none',
);
A(
  'C6',
  'miss',
  {
    findings: TRI2,
    add: [
      st(
        'doppler',
        'neck-vessels',
        7,
        'Compared with 2026-09-01: new narrowing of the left vertebral artery at V2, estimated 60%, with reduced flow velocity.',
      ),
    ],
  },
  HIGH2,
  HIGH2_T + ' ("new narrowing" in comparison wording)',
);

export const ROUND_52_B: readonly Probe[] = probes;
