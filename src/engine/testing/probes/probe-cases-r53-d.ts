/**
 * Reviewer probes, round 53 (/tmp/probe53/head.md: 116 referral-reason vignettes against
 * 98bd171, compared with ecaed31), part d (23 probes):
 * the intake unanswered or bare (U1-U4), dizziness on the head's position, bow hunter's, after
 * manipulation or massage (M1-M7), other history (H1-H4), the controls (C1-C10) and the bases
 * (Z1, Z2).
 * The round's probes: probe-cases-r53-a.ts (E, G), -b.ts (T, L, Q, D, F), -c.ts (P, A, N, O),
 * -d.ts (U, M, H, C, Z1, Z2). PROBE_BASE (every intake finding answered "no", a clean cervical
 * X-ray of 2026-10-01, assessed 2026-11-20) with `referral.reason` the vignette, dated 3 days
 * before unless said, and the intake as written (helpers and shared bounds in
 * probe-r53-lib.ts): lower bounds for misses, upper bounds (`max`) for false alarms, and on
 * every vignette the harness's FS-7 check (no output lower than the same case without the
 * referral) as the probe's pair. N9 is known open (known-open-r53-a.ts); the others pass on
 * main (7ddfd48). Test data only, all synthetic.
 */
import {
  CLR,
  CLR_T,
  control,
  EM,
  EM_T,
  G,
  HIGH,
  HIGH_T,
  REDS,
  referralsInto,
  ROT,
  ROT_T,
  TRIAD,
  UN,
  URG,
} from './probe-r53-lib';
import { caseOf } from '../fhir-ehr-fixtures';
import type { Probe } from './probe-model';

const probes: Probe[] = [];
const R = referralsInto(probes);

// ---- U: intake unanswered (the referral gives the only answer)
R(
  'U1',
  G.U,
  'miss',
  '3/12 occipital headache, dizziness and blurred vision',
  UN(...TRIAD),
  HIGH,
  HIGH_T + ' (triad unanswered)',
);
R(
  'U2',
  G.U,
  'miss',
  '3/12 occipital headache, dizziness and blurred vision',
  'NO',
  { ...HIGH, conflict: true },
  HIGH_T + ' (intake triad "no": present wins, FS-3 conflict listed; round 52 R2)',
);
R(
  'U3',
  G.U,
  'miss',
  'Diplopia and dysarthria 1/7',
  UN(...REDS),
  EM,
  EM_T + ' (red flags unanswered)',
);
R(
  'U4',
  G.U,
  'miss',
  'Self-referral: sudden severe neck pain while turning my head to reverse the car, then dizzy and seeing double',
  'MIN',
  { urg: 'emergency' },
  EM_T + ' (bare self-referral)',
  { from: 'self-referral form' },
);

// ---- M: dizziness on the head's position, bow hunter, after manipulation / massage
R(
  'M1',
  G.M,
  'miss',
  "?bow hunter's syndrome - dizziness and near-syncope on turning head to the R",
  'NO',
  ROT,
  ROT_T + ' (the "?" asks the name; the rotation symptoms are affirmed)',
);
R(
  'M2',
  G.M,
  'miss',
  "Bow hunter's syndrome diagnosed by vascular surgeons 2023 (R VA occlusion on L rotation)",
  'NO',
  ROT,
  ROT_T + ' (a diagnosed rotational VA occlusion)',
);
R(
  'M3',
  G.M,
  'miss',
  'Dizzy when turning head to look over shoulder while driving',
  'NO',
  ROT,
  ROT_T,
);
R(
  'M4',
  G.M,
  'miss',
  'Dizzy when looking up to hang out the washing',
  'NO',
  { triad: ['dizziness'] },
  'dizziness affirmed (FS-3 present wins; s2 triad); extension, not rotation',
);
R(
  'M5',
  G.M,
  'miss',
  'Dizziness and blurred vision since chiro manipulation 2/7 ago',
  'NO',
  { urg: 'urgent', vas: 'moderate', manip: 'not-cleared' },
  's9: triad features after a manipulation (both undated from text) -> at least urgent; two triad features -> moderate (s3), manip not-cleared (s5)',
);
R(
  'M6',
  G.M,
  'miss',
  'New headache unlike any previous, 1/52, started the day after a neck massage at a spa',
  'NO',
  { urg: 'emergency' },
  's9 prodrome: new-unusual-headache together with recent-neck-massage -> emergency',
);
R(
  'M7',
  G.M,
  'miss',
  'Cracks own neck several times a day; dizziness and occipital headache for 1/52',
  'NO',
  URG,
  's9: self-manipulation counts as recent-cervical-manipulation; triad features undated after it -> urgent',
);

// ---- H: other history named in the referral (FS-7 text adds)
R(
  'H1',
  G.H,
  'miss',
  'PMH: hypothyroidism on levothyroxine. Neck pain.',
  'NO',
  { czm: 'contraindicated' },
  's5 ART: thyroid pathology -> czm contraindicated (FS-7 text adds)',
);
R(
  'H2',
  G.H,
  'miss',
  'Osteoporosis on alendronate, T-score -3.1',
  'NO',
  { manip: 'contraindicated' },
  's5 FR: major osteopenia -> manip contraindicated',
);
R(
  'H4',
  G.H,
  'miss',
  'Known VBI - confirmed on dynamic doppler 2022',
  'NO',
  { czm: 'contraindicated', manip: 'contraindicated', vas: 'confirmed' },
  's3 confirmed VAS / VBI on record; s5 czm + manip contraindicated',
);

// ---- C: controls (must stay clear where the intake clears it)
R(
  'C1',
  G.C,
  'control',
  'Chronic mechanical neck pain 2 yrs, desk worker, please assess suitability for massage',
  'NO',
  CLR,
  CLR_T,
);
R(
  'C2',
  G.C,
  'control',
  'Stiff neck and shoulders, stress at work. Tension headaches.',
  'NO',
  { max: { manip: 'not-cleared', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' } },
  'headache alone (FS-3 present): vas low; czm, bm, ex clear, urgency none; manip may be held by FS-2 (associated signs unanswered in the base could make it moderate, s3)',
);
R('C4', G.C, 'control', '', 'NO', CLR, CLR_T + ' (empty reason)');
R(
  'C5',
  G.C,
  'control',
  'Heat stroke last summer, now fine. Neck tightness from gym.',
  'NO',
  CLR,
  CLR_T + ' (heat stroke is not a stroke)',
);
R(
  'C6',
  G.C,
  'control',
  'Stroke risk assessment done by GP - low risk. Wants neck massage.',
  'NO',
  CLR,
  CLR_T + ' (a stroke service, not a stroke)',
);
R(
  'C8',
  G.C,
  'control',
  'Please see Mr J who has had neck pain and stiffness for 3 months after starting a new job with long hours at a computer. No headaches, no dizziness, no visual symptoms. No arm symptoms. Sleeping poorly. Would benefit from massage and exercises.',
  'NO',
  CLR,
  CLR_T + ' (long benign letter)',
);
R(
  'C10',
  G.C,
  'control',
  'Chronic mechanical neck pain 2 yrs, desk worker',
  UN('headache', 'dizziness', 'visual-disturbance'),
  { max: { urg: 'none', bm: 'clear', ex: 'clear' } },
  'benign text, triad unanswered: bm/ex clear, urgency none (czm/manip may be held by FS-2)',
);

// ---- Z: the bases, without a referral
control(
  probes,
  'Z1',
  'screened FHIR patient, all answered, nothing added',
  { whole: caseOf([]) },
  CLR,
  CLR_T,
);
control(probes, 'Z2', 'PROBE_BASE, nothing added', {}, CLR, CLR_T);

export const ROUND_53_D: readonly Probe[] = probes;
