/**
 * Reviewer probes, round 55 (/tmp/probe55/head.md: 212 whole case files written from the brief,
 * against 0b3b244), part j (13 vignettes, Q9 to H29F).
 * The round's vignettes: probe-cases-r55-a.ts (B, R), -b.ts (R, D, T), -c.ts (T, ROT, M), -d.ts
 * (M, C, I, S), -e.ts (S, A, V, K), -f.ts (K, F, N, X), -g.ts (X, H), -h.ts (H, P), -i.ts (P, Q),
 * -j.ts (Q, H). Each is a whole case file built as the round's `V` built cases/ID.json
 * (probe-r55-lib.ts), with the round's expectations: exact (`eq`), lower (`min`) and upper (`max`)
 * bounds, missing items, warnings, conflicts, course flags, triad features. X2 (a misspelt finding
 * key, which the round expected refused) is not a probe: the probe model has no refusal. H29F is
 * known open (known-open-r55-a.ts); the others pass on main (e44f608). Test data only, all
 * synthetic.
 */
import type { Probe } from './probe-model';
import { on, st, vignettesInto } from './probe-r55-lib';

const probes: Probe[] = [];
const Q = vignettesInto(
  probes,
  'Q fracture read, prodrome logged the same day, Doppler wordings (s3, s5, s9)',
);
const H = vignettesInto(
  probes,
  'H boundaries, logged sessions, per-modality courses, report negation (s5, s8, s9, FS-7)',
);

// ---- Q fracture read, prodrome logged the same day, Doppler wordings (s3, s5, s9)
Q(
  'Q9',
  'miss',
  'recent-neck-massage dated 3 d ago + visual disturbance (blurring) 2 d ago',
  {
    f: {
      'visual-disturbance': on(2),
      'recent-neck-massage': on(3, 'massage chair with neck rollers'),
    },
  },
  { min: { urg: 'urgent' } },
  'triad feature newly after a neck massage (device) -> urgent',
  's9',
);
Q(
  'Q10',
  'miss',
  'ataxia 20 d ago, stable; head CT normal; nothing else',
  {
    f: { ataxia: on(20) },
    addImg: [st('msct', 'head', 18, 'CT head: no acute intracranial abnormality. Normal study.')],
  },
  { eq: { urg: 'urgent' }, min: { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared' } },
  'older red flag -> urgent',
  's4',
);
Q(
  'Q5a',
  'miss',
  'Doppler wording: "Decreased flow velocity in the left vertebral artery (V2), 19 cm/s."; dizziness only',
  {
    f: { dizziness: on(90) },
    addImg: [
      st(
        'doppler',
        'neck-vessels',
        20,
        'Decreased flow velocity in the left vertebral artery (V2), 19 cm/s.',
      ),
    ],
  },
  { min: { vas: 'moderate', manip: 'not-cleared' } },
  'one triad + VA narrowing / reduced flow on imaging -> moderate; manip not-cleared',
  's3, s5',
);
Q(
  'Q5b',
  'miss',
  'Doppler wording: "Left VA: low flow velocities throughout, right VA normal."; dizziness only',
  {
    f: { dizziness: on(90) },
    addImg: [
      st(
        'doppler',
        'neck-vessels',
        20,
        'Left VA: low flow velocities throughout, right VA normal.',
      ),
    ],
  },
  { min: { vas: 'moderate', manip: 'not-cleared' } },
  'one triad + VA narrowing / reduced flow on imaging -> moderate; manip not-cleared',
  's3, s5',
);
Q(
  'Q5c',
  'miss',
  'Doppler wording: "Diminished flow in the left vertebral artery."; dizziness only',
  {
    f: { dizziness: on(90) },
    addImg: [st('doppler', 'neck-vessels', 20, 'Diminished flow in the left vertebral artery.')],
  },
  { min: { vas: 'moderate', manip: 'not-cleared' } },
  'one triad + VA narrowing / reduced flow on imaging -> moderate; manip not-cleared',
  's3, s5',
);
Q(
  'Q5d',
  'miss',
  'Doppler wording: "Haemodynamically significant stenosis of the left vertebral artery origin (60%)."; dizziness only',
  {
    f: { dizziness: on(90) },
    addImg: [
      st(
        'doppler',
        'neck-vessels',
        20,
        'Haemodynamically significant stenosis of the left vertebral artery origin (60%).',
      ),
    ],
  },
  { min: { vas: 'moderate', manip: 'not-cleared' } },
  'one triad + VA narrowing / reduced flow on imaging -> moderate; manip not-cleared',
  's3, s5',
);
Q(
  'Q5e',
  'miss',
  'Doppler wording: "Left vertebral artery: 50% stenosis at V1."; dizziness only',
  {
    f: { dizziness: on(90) },
    addImg: [st('doppler', 'neck-vessels', 20, 'Left vertebral artery: 50% stenosis at V1.')],
  },
  { min: { vas: 'moderate', manip: 'not-cleared' } },
  'one triad + VA narrowing / reduced flow on imaging -> moderate; manip not-cleared',
  's3, s5',
);
Q(
  'Q5f',
  'miss',
  'Doppler wording: "Left VA hypoplasia with reduced blood flow; right VA dominant."; dizziness only',
  {
    f: { dizziness: on(90) },
    addImg: [
      st(
        'doppler',
        'neck-vessels',
        20,
        'Left VA hypoplasia with reduced blood flow; right VA dominant.',
      ),
    ],
  },
  { min: { vas: 'moderate', manip: 'not-cleared' } },
  'one triad + VA narrowing / reduced flow on imaging -> moderate; manip not-cleared',
  's3, s5',
);
Q(
  'Q5g',
  'miss',
  'Doppler wording: "Reduced linear blood flow velocity in the left VA."; dizziness only',
  {
    f: { dizziness: on(90) },
    addImg: [
      st('doppler', 'neck-vessels', 20, 'Reduced linear blood flow velocity in the left VA.'),
    ],
  },
  { min: { vas: 'moderate', manip: 'not-cleared' } },
  'one triad + VA narrowing / reduced flow on imaging -> moderate; manip not-cleared',
  's3, s5',
);
Q(
  'Q5h',
  'miss',
  'Doppler wording: "Blood flow in the left vertebral artery is reduced."; dizziness only',
  {
    f: { dizziness: on(90) },
    addImg: [
      st('doppler', 'neck-vessels', 20, 'Blood flow in the left vertebral artery is reduced.'),
    ],
  },
  { min: { vas: 'moderate', manip: 'not-cleared' } },
  'one triad + VA narrowing / reduced flow on imaging -> moderate; manip not-cleared',
  's3, s5',
);
Q(
  'Q5i',
  'miss',
  'Doppler wording: "Left vertebral artery: narrowing of the lumen at C5-C6 by osteophytes."; dizziness only',
  {
    f: { dizziness: on(90) },
    addImg: [
      st(
        'doppler',
        'neck-vessels',
        20,
        'Left vertebral artery: narrowing of the lumen at C5-C6 by osteophytes.',
      ),
    ],
  },
  { min: { vas: 'moderate', manip: 'not-cleared' } },
  'one triad + VA narrowing / reduced flow on imaging -> moderate; manip not-cleared',
  's3, s5',
);
Q(
  'Q5j',
  'miss',
  'Doppler wording: "Signs of vertebrobasilar insufficiency: flow asymmetry 40%, left VA flow reduced."; dizziness only',
  {
    f: { dizziness: on(90) },
    addImg: [
      st(
        'doppler',
        'neck-vessels',
        20,
        'Signs of vertebrobasilar insufficiency: flow asymmetry 40%, left VA flow reduced.',
      ),
    ],
  },
  { min: { vas: 'moderate', manip: 'not-cleared' } },
  'one triad + VA narrowing / reduced flow on imaging -> moderate; manip not-cleared',
  's3, s5',
);

// ---- H boundaries, logged sessions, per-modality courses, report negation (s5, s8, s9, FS-7)
H(
  'H29F',
  'false-alarm',
  'same as H29: CTA 5 d ago "occlusion cannot be excluded" (uncertain) — upper bound',
  {
    addImg: [
      st(
        'cta',
        'neck-vessels',
        5,
        'CTA neck: poor opacification of the right vertebral artery at V4; occlusion cannot be excluded.',
      ),
    ],
  },
  { min: { manip: 'not-cleared', czm: 'not-cleared' }, max: { urg: 'none' } },
  'FS-7: uncertain reading = unknown; an unknown finding holds (not-cleared) but does not by itself raise urgency (FS-1/FS-5; s9 acute imaging needs a reading of occlusion). Brief-literal; clinically defensible over-call',
  'FS-7, s9',
);

export const ROUND_55_J: readonly Probe[] = probes;
