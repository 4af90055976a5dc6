/**
 * Reviewer probes, round 57 (/tmp/probe57/head.md: 50 whole case files with long free text and 56
 * attacks on the free-text reader of 0ee5dc1; the round ran at 95ddeb6), part c: W35-W50, long
 * letters and notes with one buried red flag (lower bounds), then W17-W19, benign (upper bounds).
 * The round's probes: probe-cases-r57-a.ts to -c.ts (W), -d.ts (R, L, Q), -e.ts (S, T, N, X, Z1,
 * Z2). Helpers and shared bounds in probe-r57-lib.ts: lower bounds for misses, upper bounds (`max`)
 * for false alarms; every W, referral and note probe is a pair with the same case without its text
 * (the harness's FS-7 check). W43 is known open (known-open-r57-a.ts); the others pass on main
 * (89fd5e6). Test data only, all synthetic.
 */
import type { Probe } from './probe-model';
import { wholeInto, L, W_EM, W_EM_T, W_CLR, W_CLR_T, no } from './probe-r57-lib';

const probes: Probe[] = [];
const W = wholeInto(probes);

W(
  'W35',
  'miss',
  'GP letter: plural family + numbness of patient',
  L('PC: neck pain.', 'FH: both parents had strokes.', 'New numbness L face.', 'Plan: assess.'),
  {},
  W_EM,
  W_EM_T + ' (facial numbness)',
);
W(
  'W36',
  'miss',
  'ED summary: drop attack "collapsed to the floor without warning"',
  L(
    'ED discharge summary. 66F collapsed to the floor without warning in the supermarket on Wednesday, no LOC, got straight up.',
    'ECG sinus rhythm. Bloods unremarkable.',
    'Impression: ?mechanical fall. GP to review. Patient asks about neck massage for her stiff neck.',
  ),
  {},
  W_EM,
  W_EM_T + ' (drop attack this week)',
);
W(
  'W37',
  'miss',
  'GP letter: worsening headache, new, after massage',
  L(
    'Dear colleague,',
    'Ms Dale had a deep-tissue neck massage at a spa on Saturday. Since Sunday she has had a new right-sided neck pain and headache, unlike anything she has had before.',
    'No neurological symptoms so far. PMH nil.',
    'Please advise whether further massage is safe.',
  ),
  { 'new-unusual-headache': false },
  { urg: 'emergency' },
  's9: new-unusual headache/neck pain with a neck massage in the 14 days before -> emergency',
);
W(
  'W38',
  'miss',
  'GP letter: "given" TIA with real symptom',
  L(
    'PC: Neck pain and episodes of slurred speech.',
    'HPC: Two episodes of slurred speech this week lasting minutes. TIA probable given the dysarthria, awaiting TIA clinic.',
    'Please do not manipulate until reviewed.',
  ),
  {},
  W_EM,
  W_EM_T + ' (dysarthria this week)',
);
W(
  'W39',
  'miss',
  'GP letter: "Any double vision? Yes" in a question/answer letter',
  L(
    'Telephone consultation notes pasted:',
    'Q: Any headache? A: yes, back of head, 3 days.',
    'Any double vision? Yes, on looking right.',
    'Any weakness? No.',
    'Plan: F2F and refer.',
  ),
  {},
  W_EM,
  W_EM_T + ' (diplopia affirmed)',
);
W(
  'W40',
  'miss',
  'ED summary: sudden + severe split over a sentence comma',
  L(
    'ED: 35F. HPC: Headache started suddenly while at the gym, 10/10 at its peak, now 4/10.',
    'CT and LP negative for SAH. Discharged: ?exertional headache.',
  ),
  {},
  W_EM,
  W_EM_T + ' (sudden severe headache, s4)',
);
W(
  'W41',
  'miss',
  'GP letter: "no" answer after a list holding the red flag',
  L(
    'Checklist from nurse triage:',
    'Slurred speech since last night, chest pain: no.',
    'Please see urgently.',
  ),
  {},
  W_EM,
  W_EM_T + ' (slurred speech since last night)',
);
W(
  'W42',
  'miss',
  'GP letter: "mum of three with" diplopia (y/o mother)',
  L(
    'PC: Busy mum of three with double vision on and off for 4 days and neck pain after a car accident 10 days ago.',
    'PMH: nil.',
  ),
  {},
  W_EM,
  W_EM_T + ' (diplopia 4 days, neck trauma)',
);
W(
  'W43',
  'miss',
  'chiro intake note: ataxia in entry note, "previously" word',
  null,
  { ataxia: no('previously steady; unsteady walking since Tuesday') },
  W_EM,
  W_EM_T + ' (ataxia since Tuesday; "previously steady" is not "over")',
);
W(
  'W44',
  'miss',
  "GP letter: in her husband's car",
  L(
    "PC: Sudden severe headache and neck pain yesterday while a passenger in her husband's car.",
    'Please assess before any neck treatment.',
  ),
  {},
  W_EM,
  W_EM_T,
);
W(
  'W45',
  'miss',
  'physio notes: numbness entry note mentions 2026 date',
  null,
  { numbness: no('tingling/numbness L face since 14 Nov 2026') },
  W_EM,
  W_EM_T + ' (facial numbness since 6 days ago)',
);
W(
  'W46',
  'miss',
  'GP letter: hoarse/dysphagia in O/E after FH on same line structure',
  L('HPC: neck pain 2/52.', 'FH: mum had thyroid ca.', 'Swallowing difficulty since the weekend.'),
  {},
  W_EM,
  W_EM_T + ' (dysphagia since the weekend; "since the weekend" not in PATIENT_WORDS)',
);
W(
  'W47',
  'miss',
  'ED summary: LISTS "all negative" sentence with the symptom',
  L(
    'ED discharge. Vertigo and slurred speech since Monday, troponin and CT all negative.',
    'Diagnosis: ?labyrinthitis. GP review.',
  ),
  {},
  W_EM,
  W_EM_T + ' (slurred speech since Monday)',
);
W(
  'W48',
  'miss',
  'GP letter: manipulation given "3 days ago", prodrome in physio note',
  L(
    'Physio: neck manipulation by her chiropractor 3 days ago; since then new severe right neck pain, different from her usual.',
    'Plan: no treatment, GP review.',
  ),
  {},
  { urg: 'emergency' },
  's9: new-unusual neck pain after manipulation in the 14 days before -> emergency',
);
W(
  'W49',
  'miss',
  'GP letter with heading "Examination findings:" after FH',
  L(
    'PC: dizzy spells.',
    'FH: grandfather - CVA',
    'Examination findings: dysarthria',
    'Plan: urgent neuro.',
  ),
  {},
  W_EM,
  W_EM_T,
);
W(
  'W50',
  'miss',
  'GP letter: "Son has been with her since she developed"',
  L(
    'Mrs O, 79. Son has been with her since she developed slurred speech and right arm weakness on Wednesday.',
    'She has neck pain and wants massage.',
  ),
  {},
  W_EM,
  W_EM_T,
);
W(
  'W17',
  'false-alarm',
  'chiro intake Q&A: every history question answered No',
  L(
    'Health questionnaire (patient completed):',
    'Stroke? No. TIA/mini-stroke? No. Artery dissection? No. Blood thinners? No. Cancer? No.',
    'Current problem: neck stiffness 3 weeks after a long drive.',
  ),
  {},
  W_CLR,
  W_CLR_T + ' (each "X? No" denies)',
);
W(
  'W18',
  'false-alarm',
  'GP letter: anxious because a friend had a stroke after manipulation',
  L(
    'PC: Neck pain 6 weeks, desk worker.',
    'She is anxious about manipulation because a close friend had a stroke after one, and would prefer massage.',
    'No headache, dizziness or neurological symptoms. O/E normal.',
  ),
  {},
  W_CLR,
  W_CLR_T + " (the friend's stroke is not hers; manipulation only feared)",
);
W(
  'W19',
  'false-alarm',
  'physio note: massage 6/52 ago helped; next massage planned; form answers none',
  L(
    'Physio progress note.',
    'Neck massage 6/52 ago helped a lot. Plan: massage next week.',
    'Headache: none. Dizziness: none. Visual disturbance: none.',
  ),
  {},
  W_CLR,
  W_CLR_T + ' (massage 6 weeks ago is >4 weeks, s9; next one only planned)',
);

export const ROUND_57_C: readonly Probe[] = probes;
