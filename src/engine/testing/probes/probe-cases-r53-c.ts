/**
 * Reviewer probes, round 53 (/tmp/probe53/head.md: 116 referral-reason vignettes against
 * 98bd171, compared with ecaed31), part c (30 probes):
 * past events with years (P1-P9), anticoagulants by brand name (A1-A10), neck trauma with its
 * mechanism (N1-N9) and intakes with entered onsets (O1-O9).
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
  ANTIC,
  ANTIC_T,
  CLR,
  CLR_T,
  EM,
  EM_T,
  EMc,
  EMc_T,
  G,
  NOANTI,
  on,
  referralsInto,
  STROKE,
  STROKE_T,
  TRAUMA,
  TRAUMA_T,
  URG,
} from './probe-r53-lib';
import type { Probe } from './probe-model';

const probes: Probe[] = [];
const R = referralsInto(probes);

// ---- P: past events with years
R(
  'P1',
  G.P,
  'miss',
  'PMH: CVA 2015, hypertension',
  'NO',
  { ...STROKE, manip: 'contraindicated' },
  STROKE_T + ' (intake "no", text onset unknown: s8)',
);
R(
  'P2',
  G.P,
  'miss',
  'h/o TIA 2019 on clopidogrel',
  'NO',
  { manip: 'contraindicated', czm: 'caution' },
  'TIA named, onset from text unknown -> treated as recent (s8 "TIA follows the same rules"): manip contraindicated (s5 IF), czm at least caution (s5: TIA caution)',
);
R(
  'P4',
  G.P,
  'miss',
  'Previous L vertebral artery dissection 2020, fully recovered',
  'NO',
  { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' },
  's5: dissection at any time -> manip + czm contraindicated; s4 urgent at least (onset from text unknown: s8 makes it emergency)',
);
R(
  'P5',
  G.P,
  'false-alarm',
  'Previous neck manipulation 2015 with no problems; now wants manipulation again for stiffness',
  'NO',
  CLR,
  CLR_T + ' (a manipulation in 2015 is not recent-cervical-manipulation: s9 "in the last 4 weeks")',
);
R(
  'P6',
  G.P,
  'false-alarm',
  'Chronic tension-type headaches for years. Had chiropractic manipulation 2015 which helped.',
  { headache: { present: true, onset: '2019-01-01' } },
  { max: { manip: 'not-cleared', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' } },
  'headache onset 2019 entered (manip held by FS-2 anyway: associated signs unanswered); a manipulation in 2015 is not recent (s9 last 4 weeks): must not become a triad feature after a manipulation (urgency none), vas low (one feature)',
);
R(
  'P7',
  G.P,
  'miss',
  'Whiplash 2012, ongoing neck stiffness',
  'NO',
  { czm: 'contraindicated', bm: 'contraindicated', max: { manip: 'caution' } },
  's9 old injuries: neck-injury with onset unknown (text) stays contraindicated for czm + bm; a whiplash of 2012 is not recent-neck-trauma (max manip caution)',
);
R(
  'P8',
  G.P,
  'miss',
  'Ca breast 2018 - mastectomy, in remission. Neck/shoulder pain.',
  'NO',
  { czm: 'caution', max: { urg: 'none' } },
  's5: history of cancer -> czm caution (IF), FS-6 conflict note; no urgency',
);
R(
  'P9',
  G.P,
  'miss',
  'Episode of double vision in 2018, investigated, nil found',
  'NO',
  { urg: 'urgent' },
  'a red flag affirmed as past: s4 long-standing -> at least urgent (s8: text onset unknown makes it emergency)',
);

// ---- A: anticoagulants (brand names)
R('A1', G.A, 'miss', 'AF on Xarelto 20mg OD. Neck pain.', 'NO', ANTIC, ANTIC_T + ' (rivaroxaban)');
R('A2', G.A, 'miss', 'PMH: PE 2023. DH: Eliquis 5mg BD', 'NO', ANTIC, ANTIC_T + ' (apixaban)');
R('A3', G.A, 'miss', 'On warfarin, INR 2.5 last week', 'NO', ANTIC, ANTIC_T);
R('A7', G.A, 'miss', 'Takes Pradaxa for AF', 'NO', ANTIC, ANTIC_T + ' (dabigatran)');
R(
  'A8',
  G.A,
  'false-alarm',
  'Aspirin 75mg OD, statin. Neck ache.',
  'NO',
  NOANTI,
  'aspirin is an antiplatelet, not an anticoagulant (s5 precautions): all four clear',
);
R(
  'A9',
  G.A,
  'false-alarm',
  'Warfarin stopped 2019 after AF ablation',
  'NO',
  NOANTI,
  'a stopped anticoagulant is not taken (s5): all four clear',
);
R(
  'A10',
  G.A,
  'miss',
  'on Eliquis',
  { anticoagulants: false },
  { manip: 'caution', conflict: true },
  ANTIC_T + '; intake anticoagulants "no" -> present wins, FS-3 conflict listed',
);

// ---- N: neck trauma with its mechanism
R(
  'N1',
  G.N,
  'miss',
  'neck pain after RTC 3 days ago',
  'NO',
  TRAUMA,
  TRAUMA_T + " (the lead's example)",
);
R('N2', G.N, 'miss', 'Neck pain after whiplash 2 days ago', 'NO', TRAUMA, TRAUMA_T);
R('N5', G.N, 'miss', 'Rugby neck injury 10/7 ago, tackled awkwardly', 'NO', TRAUMA, TRAUMA_T);
R(
  'N6',
  G.N,
  'miss',
  'MVA 4/7 ago - cervical strain. Also tingling R arm and hand.',
  'NO',
  EM,
  EM_T +
    ' (limb numbness/tingling together with recent neck trauma -> emergency, s4/s5 red-flag "together with" rule)',
);
R(
  'N7',
  G.N,
  'false-alarm',
  'Neck pain, no trauma, no injury',
  'NO',
  CLR,
  CLR_T + ' (denied injury)',
);
R(
  'N8',
  G.N,
  'miss',
  'neck pain after RTC 3 days ago',
  { 'neck-injury': on(3), 'recent-neck-trauma': undefined },
  TRAUMA,
  TRAUMA_T + ' (neck injury entered with its onset, recent trauma unanswered)',
);
R(
  'N9',
  G.N,
  'miss',
  'Neck pain and headache since hitting head on car roof getting in 5/7 ago',
  'NO',
  { manip: 'contraindicated', urg: 'urgent' },
  'recent-neck-trauma (s5 IF) with a triad feature (headache) undated after it -> urgent (s9)',
);

// ---- O: the intake gives an onset (a clinician's onset dates the referral reading)
R(
  'O1',
  G.O,
  'false-alarm',
  'Worst headache of life',
  { 'sudden-severe-headache': on(60) },
  { urg: 'urgent', max: { urg: 'urgent' } },
  'the clinician entered onset 60 d ago: it dates the referral reading too (lead; s8 "an onset the clinician entered dates every other reading"): older red flag -> urgent, not emergency (s4)',
);
R(
  'O3',
  G.O,
  'false-alarm',
  'Chronic headaches for years, tension type, worse with stress',
  { headache: { present: true, onset: '2020-01-01' } },
  { max: { manip: 'not-cleared', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' } },
  'headache entered, onset 2020; one triad feature: vas low; czm, bm, ex clear, urgency none (manip held by FS-2: associated signs unanswered in the base)',
);
R(
  'O4',
  G.O,
  'miss',
  'Dizzy since chiropractic neck manipulation last week',
  { dizziness: on(5) },
  { urg: 'emergency' },
  's9: a triad feature with onset 5 d ago within 14 d after a manipulation (undated manipulation counts as within) -> emergency',
);
R(
  'O5',
  G.O,
  'miss',
  'Dizzy since chiropractic neck manipulation last week',
  { dizziness: undefined },
  URG,
  's9: dizziness (read, onset unknown) after a manipulation (read, undated) -> urgent, onset missing; intake dizziness unanswered',
);
R(
  'O6',
  G.O,
  'false-alarm',
  'CVA 2019, no residual deficit',
  { stroke: { present: true, onset: '2019-05-01' } },
  {
    manip: 'caution',
    czm: 'caution',
    max: { manip: 'caution', czm: 'caution', bm: 'clear', ex: 'clear', urg: 'none' },
  },
  'stroke entered with onset 2019: the entered onset dates the referral reading (s8) -> older stroke: manip + czm caution (s5), not contraindicated',
);
R(
  'O7',
  G.O,
  'false-alarm',
  'L VAD 2024, fully recovered',
  { 'vertebral-artery-dissection': { present: true, onset: '2024-03-01' } },
  { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent', max: { urg: 'urgent' } },
  'dissection entered with onset 2024: s4 older -> urgent, not emergency; s5 any time -> manip + czm contraindicated',
);
R(
  'O8',
  G.O,
  'miss',
  'h/o VA dissection 2021',
  { 'vertebral-artery-dissection': undefined },
  { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' },
  'dissection unanswered, read from text (onset unknown): s5 contraindicated; s4 unknown onset -> emergency (lower bound urgent)',
);
R('O9', G.O, 'miss', 'numbness L face 2/7', { numbness: false }, EMc, EMc_T);

export const ROUND_53_C: readonly Probe[] = probes;
