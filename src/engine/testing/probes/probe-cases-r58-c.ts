/**
 * Reviewer probes, round 58 (/tmp/probe58/head.md: 85 whole case files written from the brief,
 * against 93ae101), part c: VAD1 to PG4: dissection (VAD), anticoagulated (AC1-AC5), pregnancy / post-partum (PG1-PG4).
 * Each is a whole case file built as the round's `V` built cases/ID.json (probe-r58-lib.ts), with
 * the round's expectations: exact (`eq`), lower (`min`) and upper (`max`) bounds, missing items,
 * warnings, conflicts, course flags; observations keep the FS-9 reason audit only. BD8 is known
 * open (known-open-r58-a.ts). Test data only, all synthetic.
 */
import type { Probe } from './probe-model';
import {
  on,
  yes,
  st,
  med,
  course10,
  CI,
  NC,
  CA,
  CL,
  ALL,
  EMER,
  EMER_T,
  XR_OCH,
  DENY,
  vignettesInto,
} from './probe-r58-lib';

const probes: Probe[] = [];
const Vad = vignettesInto(
  probes,
  'VAD dissection after sport / yoga / hairdresser / chiro (s4, s9)',
);
const Ac = vignettesInto(probes, 'AC anticoagulated (s5, s6, s8)');
const Pg = vignettesInto(probes, 'PG pregnancy / post-partum (s4, s5, s9)');

// ---- VAD dissection after sport / yoga / hairdresser / chiro (s4, s9)
Vad(
  'VAD1',
  'miss',
  '39M new unusual neck pain and occipital headache 4 d after heading practice / CrossFit (structured prodrome, no trauma ticked)',
  {
    sex: 'male',
    f: {
      'new-unusual-headache': on(4, 'never had anything like it'),
      headache: on(4),
      'occipital-headache': on(4),
      'neck-pain': on(4),
    },
    referral:
      'New L occipital headache and neck pain since heavy overhead lifts at CrossFit 4 days ago. Unlike previous headaches.',
  },
  { min: { urg: 'urgent', manip: NC, czm: NC, bm: NC } },
  'new unusual headache -> at least urgent (s9); emergency only if trauma is read',
  's9',
);
Vad(
  'VAD2',
  'miss',
  '34F yoga headstand + neck pain and headache 6 d, CTA 1 d ago "L V3 dissection with intramural haematoma"',
  {
    f: { 'new-unusual-headache': on(6), headache: on(6), 'neck-pain': on(6) },
    addImg: [
      st(
        'cta',
        'neck-vessels',
        1,
        'CTA neck: Irregular tapering of the left vertebral artery V3 segment with crescentic intramural haematoma, consistent with dissection. No intraluminal thrombus. Posterior circulation otherwise patent.',
      ),
    ],
    referral: 'Neck pain and L occipital headache since sirsasana (headstand) at yoga class.',
  },
  EMER,
  EMER_T + ' (dissection in a report <=14 d old: s9)',
  's9',
);
Vad(
  'VAD3',
  'miss',
  '58F beauty-parlour syndrome: dizziness, vomiting, unsteady, nystagmus 2 d after hair wash at salon basin',
  {
    f: {
      dizziness: on(2),
      nausea: on(2),
      vomiting: on(2),
      'gait-instability': on(2),
      nystagmus: on(2),
    },
    referral:
      'Onset of vertigo, vomiting and unsteadiness a few hours after having hair washed at hairdresser with neck hyperextended over basin. Nystagmus on exam.',
  },
  EMER,
  EMER_T,
  's4',
);
Vad(
  'VAD4',
  'miss',
  'salon hair wash with head and neck massage 5 d ago (recent-neck-massage dated), dizziness since 3 d',
  {
    f: {
      'recent-neck-massage': on(5, 'scalp and neck massage at hair salon'),
      dizziness: on(3, 'lightheaded'),
      nausea: on(3),
    },
    referral: 'Dizziness since salon visit (wash + head/neck massage). No focal neuro.',
  },
  { min: { urg: 'urgent', manip: NC, czm: NC, bm: NC } },
  'triad feature newly appearing after a neck massage -> urgent (s9)',
  's9',
);
Vad(
  'VAD5',
  'miss',
  '44M chiropractic manipulation 2 d ago, vertigo and worst-ever occipital headache since',
  {
    sex: 'male',
    f: {
      'recent-cervical-manipulation': on(2, 'chiropractor HVLA rotation, heard a crack'),
      'sudden-severe-headache': on(2),
      headache: on(2),
      dizziness: on(2),
      'neck-pain': on(2),
    },
    referral:
      'Saw chiro Monday for stiff neck, rotational adjustment, immediate severe occipital pain and vertigo since.',
  },
  EMER,
  EMER_T,
  's4, s9',
);
Vad(
  'VAD6',
  'miss',
  'chiro adjustment 8 d ago; dizziness since 6 d, no red flag ticked (structured)',
  {
    f: { 'recent-cervical-manipulation': on(8), dizziness: on(6) },
    referral: 'Dizziness after chiropractic neck adjustment last week.',
  },
  EMER,
  EMER_T + ' (triad within 14 d after manipulation, onset within 14 d: s9)',
  's9',
);
Vad(
  'VAD7',
  'miss',
  'known R VA dissection 3 weeks ago (sport), on aspirin, wants massage for neck pain',
  {
    sex: 'male',
    f: {
      'vertebral-artery-dissection': on(21, 'R V2 dissection after rugby tackle'),
      'neck-pain': on(21),
    },
    meds: [med('aspirin 75 mg', 20, undefined, { analgesic: false })],
    referral: 'R VAD 3/52, managed with antiplatelet (aspirin 75). Neck pain persists - massage?',
  },
  { eq: { urg: 'urgent', manip: CI, czm: CI }, min: { bm: NC } },
  'dissection older than 14 d: urgent; dissection contraindicates manip and czm',
  's4, s5',
);

// ---- AC anticoagulated (s5, s6, s8)
Ac(
  'AC1',
  'false-alarm',
  '74M AF on Eliquis (anticoagulants ticked), chronic neck pain',
  {
    sex: 'male',
    birth: '1952-11-11',
    f: {
      anticoagulants: yes('apixaban 5 mg bd for AF'),
      hypertension: true,
      'neck-pain': on(400),
      arrhythmia: yes('permanent AF'),
    },
    img: [XR_OCH],
    meds: [
      med('Eliquis 5 mg', 700, undefined, { analgesic: false }),
      med('bisoprolol 2.5 mg', 700, undefined, { analgesic: false }),
    ],
    referral: 'AF on Eliquis. OA neck. For massage. ' + DENY,
  },
  { eq: { urg: 'none', manip: CA, czm: CL, bm: CL, ex: CL } },
  'anticoagulants + hypertension: manip caution; others clear (arrhythmia is an associated sign only)',
  's5',
);
Ac(
  'AC2',
  'false-alarm',
  '69F on Xarelto listed in meds, anticoagulants not ticked (unanswered): massage course going well',
  {
    birth: '1957-01-01',
    f: { anticoagulants: null, 'neck-pain': on(120) },
    meds: [med('Xarelto 20 mg', 300)],
    sessions: course10('collar-zone-massage', 10, 5),
    referral: 'DVT 2025, on rivaroxaban (Xarelto). Neck pain.',
  },
  {
    max: { czm: CL, bm: CL, ex: CL, manip: CA, course: 'expected' },
    warn: ['unrecognised-tablet'],
  },
  'precaution unknown does not block (s5); Xarelto is not a painkiller: course expected; unrecognised tablet warning (s8); manip at most caution',
  's5, s6, s8',
);
Ac(
  'AC3',
  'miss',
  'on warfarin (text only, anticoagulants unanswered): "INR 2.8" in referral',
  {
    sex: 'male',
    birth: '1960-02-02',
    f: { anticoagulants: null },
    referral: 'Metallic mitral valve on warfarin, INR 2.8 last week. Stiff neck for manipulation?',
  },
  { min: { manip: CA } },
  'text can add anticoagulants (FS-7): manip at least caution',
  's5, FS-7',
  { noteOnly: true },
);
Ac(
  'AC4',
  'miss',
  'on Pradaxa; sudden severe occipital headache yesterday',
  {
    birth: '1951-05-05',
    f: {
      anticoagulants: true,
      'sudden-severe-headache': on(1, 'like being hit on the back of the head'),
    },
    meds: [med('Pradaxa 150 mg', 400, undefined, { analgesic: false })],
    referral: 'Anticoagulated (dabigatran). Thunderclap occipital headache yesterday.',
  },
  EMER,
  EMER_T,
  's4',
);
Ac(
  'AC5',
  'false-alarm',
  'aspirin 75 mg cardioprotective (analgesic:false) for months during a back-massage course',
  {
    sex: 'male',
    birth: '1959-03-03',
    f: { 'back-injury': false, hyperlipidaemia: true },
    meds: [
      med('Aspirin 75mg dispersible', 500, undefined, { analgesic: false }),
      med('atorvastatin 40 mg', 500, undefined, { analgesic: false }),
    ],
    sessions: course10('back-massage', 12, 6),
  },
  { eq: { course: 'expected', bm: CL, czm: CL, ex: CL, manip: CA } },
  'explicit analgesic:false beats name recognition (s8): no 4-day flag; hyperlipidaemia manip caution',
  's8',
);

// ---- PG pregnancy / post-partum (s4, s5, s9)
Pg(
  'PG1',
  'false-alarm',
  '32F 6 weeks post-partum, neck pain from breastfeeding posture, tension headache',
  {
    f: { 'post-partum': on(42), 'neck-pain': on(30), headache: on(30, 'bilateral, end of day') },
    referral: '6/52 post-partum (SVD), neck and upper back pain from feeding posture. ' + DENY,
  },
  { eq: { urg: 'none', vas: 'low', manip: CA, czm: CL, bm: CL, ex: CL } },
  'post-partum manip caution (IF); others clear',
  's5',
);
Pg(
  'PG2',
  'miss',
  '30F 9 d post-partum, thunderclap headache with blurred vision (?RCVS/PRES/VAD)',
  {
    f: {
      'post-partum': on(9),
      'sudden-severe-headache': on(1),
      headache: on(1),
      'visual-disturbance': on(1),
      hypertension: yes('BP 162/104'),
    },
    referral: 'Day 9 post-partum. Sudden severe headache yesterday, visual blurring. BP 162/104.',
  },
  EMER,
  EMER_T,
  's4',
);
Pg(
  'PG3',
  'false-alarm',
  '29F pregnant 28/40, neck and back ache (pregnancy has no id)',
  {
    f: { 'neck-pain': on(30), 'post-partum': false },
    referral:
      'G2P1 28/40, uncomplicated pregnancy, neck and thoracic ache. Pregnancy massage? ' + DENY,
  },
  { eq: { urg: 'none', ...ALL(CL) } },
  'nothing listed contraindicates: all clear',
  's5',
);
Pg(
  'PG4',
  'miss',
  '33F 3 weeks post-partum, new unusual neck pain + headache 5 d',
  {
    f: {
      'post-partum': on(21),
      'new-unusual-headache': on(5, 'R neck pain radiating to occiput, never had before'),
      headache: on(5),
      'neck-pain': on(5),
    },
    referral: 'PN 3/52, new R-sided neck pain and headache 5 days, unlike usual.',
  },
  { min: { urg: 'urgent', manip: NC, czm: NC, bm: NC } },
  'prodrome -> at least urgent (s9)',
  's9',
);

export const ROUND_58_C: readonly Probe[] = probes;
