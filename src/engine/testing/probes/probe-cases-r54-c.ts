/**
 * Reviewer probes, round 54 (/tmp/probe54/head.md: 155 attacks on the EHR-text reader of 7ddfd48,
 * at 0b3b244), part c (32 probes):
 * T: a recent treatment told with past / planned words elsewhere in its sentence.
 * F: false alarms from the new names.
 * The round's probes: probe-cases-r54-a.ts (A, Q), -b.ts (R, N, W), -c.ts (T, F), -d.ts (K, C),
 * -e.ts (X, Z1, Z2). Referral probes: PROBE_BASE (every intake finding answered "no", a clean
 * cervical X-ray of 2026-10-01, assessed 2026-11-20 unless said) with `referral.reason` the
 * vignette, dated 3 days before; each is a pair with the same case without the referral (the
 * harness's FS-7 check). Helpers and shared bounds in probe-r54-lib.ts: lower bounds for misses,
 * upper bounds (`max`) for false alarms. F16 is known open (known-open-r54-a.ts); the others pass
 * on main (b791c16). Test data only, all synthetic.
 */
import type { Probe } from './probe-model';
import { CLR, CLR_T, G, NOURG, referralsInto, S9U, S9U_T } from './probe-r54-lib';

const probes: Probe[] = [];
const R = referralsInto(probes);

// ---- T: a recent treatment told with past / planned words elsewhere in its sentence
R(
  'T1',
  G.T,
  'miss',
  'Prior chiro manipulation 2 wks ago. Now dizziness and occipital headache.',
  'NO',
  S9U,
  S9U_T,
);
R(
  'T2',
  G.T,
  'miss',
  'Neck and shoulder massage on Saturday (previous one 2 years ago). Now new occipital headache unlike any before.',
  'NO',
  { urg: 'emergency' },
  's9 prodrome: new-unusual-headache with recent-neck-massage -> emergency',
);
R(
  'T3',
  G.T,
  'miss',
  'Chiropractic neck manipulation on 30 Dec 2026. Now dizzy and blurred vision.',
  'NO',
  S9U,
  S9U_T + ' (assessed 2027-01-04: 5 days after)',
  { on: '2027-01-04' },
);
R(
  'T4',
  G.T,
  'miss',
  'Had a chiro adjustment to her neck last Tuesday, first in years; dizzy and blurred vision',
  'NO',
  S9U,
  S9U_T,
);
R(
  'T3b',
  G.T,
  'miss',
  'Chiropractic neck manipulation 30 Dec 2026; now dizzy and blurred vision',
  'NO',
  S9U,
  S9U_T + ' (assessed 2027-01-04: 5 days after; the year is last year)',
  { on: '2027-01-04' },
);

// ---- F: false alarms from the new names
R('F1', G.F, 'false-alarm', 'Pain LOC: R upper trapezius', 'NO', CLR, CLR_T + ' (LOC = location)');
R(
  'F2',
  G.F,
  'false-alarm',
  'GCS 15, LOC: alert and orientated',
  'NO',
  CLR,
  CLR_T + ' (LOC = level of consciousness, normal)',
);
R(
  'F3',
  G.F,
  'false-alarm',
  'Level of care (LOC): outpatient physio. Chronic neck pain.',
  'NO',
  CLR,
  CLR_T,
);
R(
  'F4',
  G.F,
  'false-alarm',
  'Emotionally numb since her husband died; neck and shoulder tension',
  'NO',
  CLR,
  CLR_T + ' (emotional numbness is not facial/limb numbness, s4)',
);
R(
  'F5',
  G.F,
  'false-alarm',
  'PMH: Ca breast 2012 (WLE + radiotherapy), discharged from oncology 2017',
  'NO',
  { max: { czm: 'caution', manip: 'caution', bm: 'clear', ex: 'clear', urg: 'none' } },
  's5 (IF/ART): a history of cancer, treated and discharged -> caution, not contraindicated (active malignancy)',
);
R(
  'F6',
  G.F,
  'false-alarm',
  'Bloods: Ca 2.4, PTH normal. Neck stiffness.',
  'NO',
  CLR,
  CLR_T + ' (Ca = calcium)',
);
R(
  'F7',
  G.F,
  'false-alarm',
  'TFTs checked for hypothyroidism - normal',
  'NO',
  CLR,
  CLR_T + ' (a normal thyroid test is no thyroid pathology, s5)',
);
R(
  'F8',
  G.F,
  'false-alarm',
  'Dizziness worse since the adjustment of her BP tablets',
  'NO',
  NOURG,
  's9: a dose adjustment is no neck manipulation: no recent-cervical-manipulation, no urgency',
);
R(
  'F9',
  G.F,
  'false-alarm',
  'Headaches since the last adjustment of her HRT',
  'NO',
  NOURG,
  's9: a drug adjustment is no neck manipulation: urgency none',
);
R(
  'F10',
  G.F,
  'false-alarm',
  'Booked for chiro manipulation next week. Dizziness for 3 months.',
  'NO',
  { max: { urg: 'none' } },
  's9: a manipulation only booked is not one of the last 4 weeks: no urgency from dizziness after it',
);
R(
  'F11',
  G.F,
  'false-alarm',
  'Awaiting chiropractic adjustment; occipital headache for 6 months',
  'NO',
  { max: { urg: 'none' } },
  's9: only awaited, not recent: urgency none',
);
R(
  'F12',
  G.F,
  'false-alarm',
  'New daily persistent headache (NDPH) since 2022, stable',
  'NO',
  NOURG,
  's9: new-unusual-headache = new (weeks) or unlike any before; 4 years stable is neither: urgency none',
);
R(
  'F13',
  G.F,
  'false-alarm',
  'Referred to the new headache clinic for her chronic migraine',
  'NO',
  NOURG,
  's9: a chronic migraine, not a new headache: urgency none',
);
R(
  'F14',
  G.F,
  'false-alarm',
  'Leg gave way on stairs - known R knee OA',
  'NO',
  NOURG,
  's4: a knee giving way (OA) is no drop attack: urgency none',
);
R(
  'F15',
  G.F,
  'false-alarm',
  'Worst pain she has ever had - R shoulder after a fall',
  'NO',
  NOURG,
  's4: worst-ever shoulder pain is no headache or neck pain: urgency none',
);
R(
  'F16',
  G.F,
  'false-alarm',
  'Cracked rib after fall 2 months ago, now neck stiffness',
  'NO',
  { max: { urg: 'none', manip: 'clear' } },
  'no manipulation (s9): urgency none, manip clear',
);
R(
  'F17',
  G.F,
  'false-alarm',
  'New patient. Neck pain for 2 years, no headache.',
  'NO',
  NOURG,
  's9: chronic neck pain (2 y) is not new: urgency none',
);
R(
  'F18',
  G.F,
  'false-alarm',
  'Eyelid drooping (congenital, longstanding), pupils equal and reactive',
  'NO',
  CLR,
  CLR_T + " (s4 Horner's needs ptosis + miosis)",
);
R(
  'F19',
  G.F,
  'false-alarm',
  'Numb bum from sitting at the desk all day; neck tension',
  'NO',
  CLR,
  CLR_T,
);
R('F20', G.F, 'false-alarm', 'Reduced LOC of hip flexion?', 'NO', CLR, CLR_T);
R(
  'F21',
  G.F,
  'false-alarm',
  'Neck pain - unlike the last flare, no headache this time',
  'NO',
  NOURG,
  's9: a chronic neck pain flare with no headache is not a new-unusual headache (borderline): urgency none',
);
R(
  'F22',
  G.F,
  'false-alarm',
  'Chiro manipulation 2 years ago helped; dizziness since the summer',
  'NO',
  NOURG,
  's9: manipulation 2 years ago is not recent: urgency none',
);
R(
  'F23',
  G.F,
  'false-alarm',
  'h/a secondary to caffeine withdrawal, resolved',
  'NO',
  { max: { urg: 'none', ex: 'clear', bm: 'clear', czm: 'clear' } },
  'resolved headache; nothing contraindicating (s5)',
);
R(
  'F24',
  G.F,
  'false-alarm',
  'Eliquis 5mg BD stopped 2019 after AF ablation',
  'NO',
  CLR,
  CLR_T + ' (no anticoagulant now)',
);
R('F25', G.F, 'false-alarm', 'DH: nil regular. Allergic to warfarin.', 'NO', CLR, CLR_T);
R(
  'F26',
  G.F,
  'false-alarm',
  'Neck manipulation by a chiropractor in 2015. Dizziness for 3 months.',
  'NO',
  NOURG,
  's9: a manipulation in 2015 is not recent (the year before a full stop): urgency none',
);
R(
  'F27',
  G.F,
  'false-alarm',
  'Regular chiro adjustments 2015-2016; occipital headaches for 6 months',
  'NO',
  NOURG,
  's9: manipulations 2015-2016 are not recent: urgency none',
);

export const ROUND_54_C: readonly Probe[] = probes;
