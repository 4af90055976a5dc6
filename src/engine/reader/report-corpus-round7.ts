/**
 * Reviewer probes, seventh round (2026-11-26): near variants of rounds 5 and 6, and the false
 * alarms three of round 6's rules raised ("interval" read as acute, "not determined" of a
 * flow read as a negation, a comparison swallowing a list's negation).
 */
import {
  ACUTE_STROKE,
  ct,
  cta,
  D,
  dop,
  head,
  N,
  OCC,
  S,
  U,
  xr,
  type CorpusEntry,
} from './report-corpus-types';

export const ROUND7_CORPUS: CorpusEntry[] = [
  // A list marker ends a clause, not a number inside brackets
  cta('No stenosis (grade 2) or dissection.', { [N]: '-', [D]: '-' }),
  // Comparisons and their lists
  cta('No interval changes of the dissection of the left VA.', { [D]: '+' }),
  cta('No changes in the left VA dissection.', { [D]: '+' }),
  cta('Without changes: dissection of the left VA.', { [D]: '+' }),
  cta('Not recanalised: left VA occlusion.', { [N]: '+' }, OCC),
  cta('No progression toward occlusion.', { [N]: '-' }),
  cta('No progression/new dissection.', {}),
  head('No interval change of the chronic lacunar infarct.', { [S]: '+' }),
  head('Interval stability of the old cerebellar infarct.', { [S]: '+' }),
  head('Interval right cerebellar infarct.', { [S]: '+' }, ACUTE_STROKE),
  // Negations and hedges
  cta('Dissection is not visible.', { [D]: '-' }),
  cta('Data for dissection were not received.', { [D]: '-' }),
  cta('Left VA dissection cannot be either confirmed or excluded.', { [D]: '?' }),
  cta('Left VA dissection is only partly excluded.', { [D]: '?' }),
  cta('No clear-cut evidence of left VA dissection.', { [D]: '?' }),
  // No flow, said the Russian-English way and on worksheets
  dop('Right VA: normal. Left VA: blood flow is not determined.', { [N]: '+' }, OCC),
  dop('Left VA: PSV - 0,0 cm/s.', { [N]: '+' }, OCC),
  dop('Left vertebral: not identified.', { [N]: '+' }, OCC),
  dop('Hypoechoic thrombotic masses in the left VA.', { [N]: '+' }, OCC),
  cta('Eccentric mural thickening with T1 hyperintensity of the left VA.', { [D]: '+' }),
  // Lines of values
  cta('Dissection: rt - no, lt - yes.', { [D]: '+' }),
  dop('Stenosis: right - no, left - 50-60 %.', { [N]: '+' }),
  dop('Stenosis: right - no, left - moderate to severe.', { [N]: '+' }),
  dop('Stenosis: 0 % on the right and 70 % on the left.', { [N]: '+' }),
  // Acuity
  head('Right cerebellar infarct, 1 week old.', { [S]: '+' }, ACUTE_STROKE),
  head('Right cerebellar infarct (< 1 week).', { [S]: '+' }, ACUTE_STROKE),
  head('Right cerebellar infarct, restricted on DWI.', { [S]: '+' }, ACUTE_STROKE),
  head(
    'Right cerebellar infarct that was absent on the previous study.',
    { [S]: '+' },
    ACUTE_STROKE,
  ),
  head('Right cerebellar infarct (not seen on prior MRI).', { [S]: '+' }, ACUTE_STROKE),
  head('Reduced diffusivity in the right cerebellum.', { [S]: '+' }, ACUTE_STROKE),
  head('Acut infarct in the pons.', { [S]: '+' }, ACUTE_STROKE),
  // Someone else's
  head('Father: stroke at 60.', {}),
  head('Family history of TIA and stroke.', {}),
  head(
    'Family history of stroke and acute infarct in the left cerebellum.',
    { [S]: '+' },
    ACUTE_STROKE,
  ),
  // History facts, the spine in Latin
  cta('Clinical history: left VA dissection two months ago.', { [D]: '+' }),
  cta('Clinical history: f/u of left VA dissection.', { [D]: '+' }),
  xr('Arthrosis of the processus uncinati C5-C6.', { [U]: '+' }),
  xr('Uncinate processes hypertrophied at C5-C6.', { [U]: '+' }),
  // Round 8: whole cases
  xr('Open-mouth view: the lateral masses of C1 are symmetric.', {}),
  xr('Osteophytes arise from the uncinate processes at C5-C6.', {
    'cervical-osteochondrosis': '+',
    [U]: '+',
  }),
  xr('C6 lamina fracture after a fall.', {
    'fracture-or-ligament-instability': '+',
    'neck-injury': '+',
  }),
  head('No hemorrhagic transformation.', {}),
  head('Right cerebellar infarct. DWI: hyperintense.', { [S]: '+' }, ACUTE_STROKE),
  head('Right cerebellar infarct; ADC low.', { [S]: '+' }, ACUTE_STROKE),
  head('Old right cerebellar infarct. DWI: no restriction.', { [S]: '+' }),
  ct('Clinical details: Fall from ladder 10 days ago, persisting neck pain.', {
    'neck-injury': '+',
  }),
  cta('Clinical details: 4 days of double vision after chiropractic neck manipulation.', {
    diplopia: '+',
    'recent-cervical-manipulation': '+',
  }),
  cta('No diplopia, no dysarthria.', { diplopia: '-', dysarthria: '-' }),
];
