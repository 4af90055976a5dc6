/**
 * Reviewer probes, round 58 (/tmp/probe58/head.md: 85 whole case files written from the brief,
 * against 93ae101), part a: BD1 to HA4: benign dizziness (BD1-BD10) and headaches (HA1-HA4).
 * Each is a whole case file built as the round's `V` built cases/ID.json (probe-r58-lib.ts), with
 * the round's expectations: exact (`eq`), lower (`min`) and upper (`max`) bounds, missing items,
 * warnings, conflicts, course flags; observations keep the FS-9 reason audit only. BD8 is known
 * open (known-open-r58-a.ts). Test data only, all synthetic.
 */
import type { Probe } from './probe-model';
import {
  on,
  yes,
  no,
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
const Bd = vignettesInto(probes, 'BD benign dizziness (s3, s4, s5)');
const Ha = vignettesInto(probes, 'HA headaches (s3, s4, s6)');

// ---- BD benign dizziness (s3, s4, s5)
Bd(
  'BD1',
  'false-alarm',
  '57F posterior-canal BPPV: Dix-Hallpike positive R, Epley done; dizziness dated, nausea',
  {
    f: {
      dizziness: on(12, 'brief (<30 s) spinning turning over in bed / looking up to hang washing'),
      nausea: on(12),
      bppv: yes('R posterior canal BPPV, Dix-Hallpike positive on the right, Epley x1 in clinic'),
      'neck-pain': on(200),
      'muscle-hypertonicity': true,
    },
    referral:
      'R PC-BPPV, Dix-Hallpike +ve R, Epley performed 14/11. Chronic neck/shoulder tension, requests massage. ' +
      DENY,
  },
  { eq: { urg: 'none', vas: 'moderate', manip: NC, czm: CL, bm: CL, ex: CL } },
  'dizziness + nausea + neck pain (two associated signs, contract lists neck-pain as associated): moderate (s3) -> manip not-cleared; BPPV does not block massage (s5); no red flag',
  's3, s4, s5',
);
Bd(
  'BD2',
  'observation',
  'BPPV with positional nystagmus written in the dizziness note (Dix-Hallpike finding), nystagmus answered no',
  {
    f: {
      dizziness: on(
        6,
        'Dix-Hallpike R: upbeating torsional geotropic nystagmus, latency 3 s, fatigues <30 s',
      ),
      bppv: true,
    },
    referral:
      'Positional vertigo 6/7. Dix-Hallpike positive R with torsional upbeat nystagmus. Treated with Epley.',
  },
  {},
  'brief: nystagmus present <=14 d is an emergency; a provoked positional nystagmus of BPPV is not separated. Observation only: what does the engine do?',
  's4, FS-7',
);
Bd(
  'BD3',
  'miss',
  '38F vestibular migraine: headache, vertigo attacks, visual aura (full triad), migraine',
  {
    f: {
      headache: on(900, 'throbbing, photophobia, phonophobia'),
      dizziness: on(400, 'episodes of vertigo lasting 20 min to hours, with or without headache'),
      'visual-disturbance': on(900, 'zig-zag scintillating aura before the headache'),
      nausea: true,
      migraine: true,
    },
    referral:
      'Known migraine with aura, now vestibular migraine (Barany criteria) per neurology. Neck tension. ?massage',
  },
  { eq: { urg: 'none', vas: 'high', manip: CI, czm: NC, bm: CL, ex: CL } },
  'all three triad features present: vas high (s3) whatever the cause; manip contraindicated (FR), czm not-cleared (high); bm, ex clear',
  's3, s5',
);
Bd(
  'BD4',
  'miss',
  '41F vestibular migraine, headache + dizziness, no visual symptoms',
  {
    f: {
      headache: on(700),
      dizziness: on(300, 'episodic vertigo with motion sensitivity'),
      migraine: true,
      'visual-disturbance': no('denies visual aura'),
    },
    referral: 'Vestibular migraine on propranolol. Cervical stiffness. Manual therapy?',
    meds: [med('propranolol 80mg MR', 200, undefined, { analgesic: false })],
  },
  { eq: { urg: 'none', vas: 'moderate', manip: NC, czm: CL, bm: CL, ex: CL } },
  'two triad features: moderate (s3); manip not-cleared until Doppler (FR); czm clear (level cannot become high: all answered); bm, ex clear',
  's3, s5',
);
Bd(
  'BD5',
  'miss',
  '46M acute vestibular neuritis 4 d: continuous vertigo, vomiting, spontaneous horizontal nystagmus, HIT positive',
  {
    sex: 'male',
    f: {
      dizziness: on(4, 'constant rotatory vertigo since waking Monday'),
      nausea: on(4),
      vomiting: on(4),
      nystagmus: on(4, 'spontaneous L-beating horizontal nystagmus, direction-fixed'),
      'gait-instability': on(4),
    },
    referral:
      'Acute vestibular syndrome 4/7, HINTS: head impulse abnormal R, direction-fixed nystagmus, no skew. ?vestibular neuritis. Neck massage for tension?',
  },
  EMER,
  EMER_T + ' (nystagmus present, onset 4 d: s4; the brief does not let HINTS downgrade)',
  's4',
);
Bd(
  'BD6',
  'false-alarm',
  '52F vestibular neuritis 3 months ago, compensated; residual motion sensitivity',
  {
    f: {
      dizziness: on(95, 'vestibular neuritis Aug 2026, now only on fast head movements'),
      'gait-instability': no('tandem gait normal'),
      nystagmus: no('no spontaneous or gaze-evoked nystagmus'),
    },
    referral:
      'Resolved L vestibular neuritis (Aug), on VRT exercises. Now neck/shoulder pain from desk work. ' +
      DENY,
  },
  { eq: { urg: 'none', vas: 'low', ...ALL(CL) } },
  'one triad feature, nothing else: vas low; all clear',
  's3, s5',
);
Bd(
  'BD7',
  'miss',
  '76F orthostatic hypotension (ticked), lightheaded on standing',
  {
    birth: '1950-03-03',
    f: {
      dizziness: on(60, 'lightheaded on standing quickly'),
      'orthostatic-reactions': yes('lying 142/80, standing 3 min 114/72'),
      hypertension: true,
    },
    meds: [med('ramipril 5 mg', 800, undefined, { analgesic: false })],
    referral: 'Orthostatic dizziness, postural BP drop 28 mmHg systolic. Neck pain, wants massage.',
  },
  { eq: { urg: 'none', vas: 'low', manip: CA, czm: CI, bm: CL, ex: CL } },
  'orthostatic reactions contraindicate collar-zone massage (ART); hypertension manip caution',
  's5',
);
Bd(
  'BD8',
  'miss',
  'NOTE/TEXT: measured orthostatic drop only in the note and referral; orthostatic answered no',
  {
    birth: '1949-08-08',
    f: {
      dizziness: on(45, 'lying 150/84 -> standing 3 min 124/78'),
      'orthostatic-reactions': no(),
    },
    referral:
      'Postural dizziness. Lying BP 150/84, standing 124/78 at 3 min (systolic drop 26). Neck massage?',
  },
  { min: { czm: NC } },
  'measured orthostatic hypotension (systolic drop 26 >= 20 within 3 min) = the ART contraindication; text can add it (FS-7, FS-3): czm at least not-cleared (exact reading: contraindicated)',
  's5, FS-7',
  { noteOnly: true },
);
Bd(
  'BD9',
  'false-alarm',
  '29F persistent postural-perceptual dizziness / anxiety-related dizziness, no mental disorder diagnosis',
  {
    f: {
      dizziness: on(240, 'non-spinning unsteadiness, worse in supermarkets'),
      'psychogenic-dizziness': true,
      'mental-disorder': false,
    },
    referral:
      'PPPD, ENT and neuro work-up normal (MRI brain normal). Neck and shoulder tension. Massage please. ' +
      DENY,
    addImg: [
      st(
        'mri',
        'head',
        90,
        'MRI brain: no intracranial abnormality. Normal posterior fossa. No restricted diffusion.',
      ),
    ],
  },
  { eq: { urg: 'none', vas: 'low', ...ALL(CL) } },
  'psychogenic dizziness does not block massage (ART s5); one triad feature: low; all clear',
  's5',
);
Bd(
  'BD10',
  'miss',
  '34F generalised anxiety disorder on sertraline, dizzy when anxious',
  {
    f: {
      dizziness: on(300),
      'psychogenic-dizziness': true,
      'mental-disorder': yes('GAD, under CMHT'),
    },
    meds: [med('sertraline 100 mg', 400, undefined, { analgesic: false })],
    referral: 'GAD with panic attacks; dizziness when anxious. Neck tension. Massage?',
  },
  { eq: { urg: 'none', manip: CL, czm: CI, bm: CI, ex: CL } },
  'neurotic / mental disorder contraindicates collar-zone and back massage (ART)',
  's5',
);

// ---- HA headaches (s3, s4, s6)
Ha(
  'HA1',
  'false-alarm',
  '36F cervicogenic headache: unilateral occipital, from neck, C2-3 facet tender',
  {
    f: {
      headache: on(200, 'unilateral R, starts in neck, provoked by sustained posture'),
      'occipital-headache': on(200),
      'neck-pain': on(220),
      'muscle-hypertonicity': true,
      'sedentary-work': true,
    },
    img: [XR_OCH],
    referral:
      'Cervicogenic headache (ICHD-3 11.2.1), reduced R rotation, C2/3 tender. No red flags. For manual therapy + exercise.',
  },
  { eq: { urg: 'none', vas: 'low', ...ALL(CL) } },
  'one triad feature + neck pain (one associated): low; osteochondrosis without arthrosis: manip clear',
  's3, s5',
);
Ha(
  'HA2',
  'false-alarm',
  '27M episodic tension-type headache, bilateral band-like',
  {
    sex: 'male',
    f: { headache: on(1200, 'bilateral pressing, band-like, 4/10, no nausea') },
    referral:
      'TTH, frequent episodic. Bilateral pressing headache, not aggravated by activity. Neuro exam normal. ' +
      DENY,
  },
  { eq: { urg: 'none', vas: 'low', ...ALL(CL) } },
  'one triad feature: low; all clear',
  's3',
);
Ha(
  'HA3',
  'miss',
  '49F chronic daily headache now "different, worst ever, came on during sex"',
  {
    f: {
      headache: on(1000),
      'sudden-severe-headache': on(
        1,
        'abrupt, peak within a minute, during intercourse last night',
      ),
      'occipital-headache': on(1),
    },
    referral:
      'Known chronic TTH but last night thunderclap occipital headache at orgasm, different from usual. Neck stiff.',
  },
  EMER,
  EMER_T + ' (sudden severe headache 1 d)',
  's4',
);
Ha(
  'HA4',
  'miss',
  '44F tension headache, medication-overuse: paracetamol/co-codamol most days during exercise course',
  {
    f: { headache: on(700) },
    sessions: course10('therapeutic-exercise', 14, 5),
    meds: [med('Co-codamol 30/500', 20, 2), med('Panadol Extra', 12, 1)],
  },
  { eq: { urg: 'none', ex: CL, course: 'concerning' }, flags: [] },
  'analgesic tablets more than 4 days: course concerning (s6)',
  's6',
);

export const ROUND_58_A: readonly Probe[] = probes;
