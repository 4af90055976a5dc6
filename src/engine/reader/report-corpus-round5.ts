/**
 * Reviewer probes, fifth round (2026-11-26): hedged exclusions, comparisons with a prior
 * study, sentence structure and templated value lines that negated or hid a finding and
 * cleared a patient; with the near misses that must stay negations.
 */
import {
  ACUTE_STROKE,
  ct,
  cta,
  D,
  dop,
  F,
  head,
  headCt,
  I,
  M,
  mr,
  N,
  O,
  OCC,
  S,
  U,
  xr,
  type CorpusEntry,
} from './report-corpus-types';

export const ROUND5_CORPUS: CorpusEntry[] = [
  // A hedged or wished-for exclusion is a doubt, never an absence.
  cta("Left VA dissection can't be excluded.", { [D]: '?' }),
  cta('Left VA dissection can`t be excluded.', { [D]: '?' }),
  cta('Left VA dissection cannot be completely excluded.', { [D]: '?' }),
  cta('Left VA dissection has not been excluded.', { [D]: '?' }),
  cta('Left VA dissection isn\u2019t excluded.', { [D]: '?' }),
  cta("Left VA dissection couldn't be excluded with certainty.", { [D]: '?' }),
  cta('Left VA dissection should be ruled out with CTA.', { [D]: '?' }),
  cta('Left VA dissection is not safely excluded.', { [D]: '?' }),
  xr('Uncovertebral arthrosis at C5-C6 cannot be fully excluded.', { [U]: '?' }),
  xr('Uncovertebral arthrosis at C5-C6 must be ruled out.', { [U]: '?' }),
  ct('Odontoid fracture was not definitively excluded.', { [F]: '?' }),
  mr("C4 metastasis can't be ruled out.", { [M]: '?' }),
  head("Acute cerebellar infarct can't be excluded.", { [S]: '?' }, ACUTE_STROKE),
  // ... while an exclusion said outright stays one.
  cta('Left VA dissection is excluded.', { [D]: '-' }),
  cta('Left VA dissection was ruled out.', { [D]: '-' }),
  cta('Left VA dissection can be excluded.', { [D]: '-' }),
  // "Query" in a conclusion is a possible finding; after "Indication:" a question.
  cta('Query left VA dissection.', { [D]: '?' }),
  cta('Indication: query left VA dissection.', { [D]: '?' }),
  // A history section states what is known: a fact on record, not a question.
  cta('Clinical history: known left VA dissection.', { [D]: '+' }),
  cta('Clinical history: previous left VA dissection in 2019.', { [D]: '+' }),
  cta('Clinical history: neck pain, ? dissection.', { [D]: '?' }),
  // Hyperdense blood on CT is acute.
  headCt('Hyperdense haemorrhage in the right cerebellum.', { [S]: '+' }, ACUTE_STROKE),
  // A comparison with a prior study says the finding is still there.
  cta('No worsening of the known left VA dissection.', { [D]: '+' }),
  cta('No evidence of progression of the left VA dissection.', { [D]: '+' }),
  cta('No further extension of the dissection of the left VA.', { [D]: '+' }),
  cta('Compared with 2026-11-01: no propagation of the left VA dissection.', { [D]: '+' }),
  cta('No recanalisation of the occluded left VA.', { [N]: '+' }, OCC),
  head('No haemorrhagic transformation of the right cerebellar infarct.', { [S]: '+' }),
  head('No worsening of the known cerebellar infarct.', { [S]: '+' }),
  cta('No stenosis or dissection.', { [N]: '-', [D]: '-' }),
  // "and there is", "and a", a bracket, an inline numbered list: a phrase of its own.
  cta('There is no stenosis and there is an intimal flap in V3.', { [N]: '-', [D]: '+' }),
  cta('No stenosis and a dissection flap at V3 is seen.', { [N]: '-', [D]: '+' }),
  cta('No stenosis (dissection of the left V3 segment).', { [N]: '-', [D]: '+' }),
  cta('1) No stenosis 2) Left V3 dissection', { [N]: '-', [D]: '+' }),
  cta('No (significant) stenosis.', { [N]: '-' }),
  // Without punctuation, a term right after another (nothing joining them) is a new phrase;
  // two words for one finding stay one.
  cta('no stenosis dissection of the left va at v3', { [N]: '-', [D]: '+' }),
  xr('No fracture dislocation.', { [F]: '-' }),
  xr('No fracture / uncovertebral arthrosis C5-C6.', { [F]: '-', [U]: '+' }),
  cta('No stenosis/dissection.', { [N]: '-', [D]: '-' }),
  cta('No stenosis and occlusion.', { [N]: '-' }),
  cta('No evidence of stenosis and no dissection.', { [N]: '-', [D]: '-' }),
  // A templated line holding a positive value as well as a negative one affirms its label.
  cta('Dissection: right - no, left - yes.', { [D]: '+' }),
  cta('Dissection: absent on the right, present on the left (V3).', { [D]: '+' }),
  cta('Occlusion: right - no, left - yes.', { [N]: '+' }, OCC),
  dop('Stenosis: left VA 0%, right VA 80% (V1).', { [N]: '+' }),
  dop('VA stenosis: right 0 %, left 70 %.', { [N]: '+' }),
  dop('Stenosis: left VA 0%, right VA 0%.', { [N]: '-' }),
  xr('Fracture absent, uncovertebral arthrosis present.', { [F]: '-', [U]: '+' }),
  xr('Fracture - no, uncovertebral arthrosis - yes.', { [F]: '-', [U]: '+' }),
  // Left open after the round-5 vocabulary work, then read (probe suite 'miss' entries).
  xr('Osteochondrosis C4-C6. Uncovertebral joints with osteophytes at C5-C6.', {
    [O]: '+',
    [U]: '+',
  }),
  xr('Uncover-\ntebral arthrosis C5-6.', { [U]: '+' }),
  xr('Arthrosis of the unco\u00advertebral joints C5-6.', { [U]: '+' }),
  head('Ischemic changes in the left cerebellum, acute.', { [S]: '+' }, ACUTE_STROKE),
  head('Chronic ischemic changes in the white matter.', {}),
  head('Left cerebellar infarct; DWI positive.', { [S]: '+' }, ACUTE_STROKE),
  head('Wallenberg syndrome.', { [S]: '+' }),
  cta('Basilar artery thrombosis.', { [S]: '+' }, ACUTE_STROKE),
  cta('No basilar artery occlusion.', {}),
  cta('Left VA not normally opacified.', { [N]: '+' }, OCC),
  dop('Flow in the left VA is not normal.', { [N]: '+' }),
  dop('Left VA: not normal.', { [N]: '+' }),
  dop('Vertebral arteries: not within normal limits.', { [N]: '+' }),
  dop('Left VA: normal.', {}),
  dop('Right ICA is not normal.', {}),
  cta('Left VA: flow - none.', { [N]: '+' }, OCC),
  cta('Vertebral arteries:\n- left: not visualised\n- right: normal', { [N]: '+' }, OCC),
  xr('No significant interval change of uncovertebral arthrosis at C5-C6.', { [U]: '+' }),
  xr('No listhesis and uncovertebral arthrosis at C5-C6 is seen.', { [I]: '-', [U]: '+' }),
  xr('No listhesis and uncovertebral arthrosis are seen.', { [I]: '-', [U]: '-' }),
  // Said of someone else: not the patient's finding (a false alarm in round 5).
  head('Family history: mother had a stroke. Brain MRI normal.', {}),
  head('FHx: CVA in father.', {}),
  head('Mother had a stroke, the patient has an old cerebellar infarct.', { [S]: '+' }),
  head('Family history of stroke; old left cerebellar infarct.', { [S]: '+' }),
];
