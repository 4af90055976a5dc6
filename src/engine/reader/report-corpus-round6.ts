/**
 * Reviewer probes, sixth round (2026-11-26): hedges, comparisons, templated value lines,
 * layouts, acuity wordings, zero flow, history sections, Russian-English idioms; with the
 * false alarms the fifth round's rules had raised.
 */
import {
  ACUTE_STROKE,
  cta,
  D,
  dop,
  head,
  headCt,
  N,
  OCC,
  S,
  U,
  xr,
  type CorpusEntry,
} from './report-corpus-types';

export const ROUND6_CORPUS: CorpusEntry[] = [
  // Hedges
  cta('Left VA dissection can neither be confirmed nor excluded.', { [D]: '?' }),
  cta('Neither confirmed nor excluded: left VA dissection.', { [D]: '?' }),
  cta('Left VA dissection is excluded only in V1-V2.', { [D]: '?' }),
  cta('No conclusive evidence of left VA dissection.', { [D]: '?' }),
  cta('The picture does not contradict dissection of the left VA.', { [D]: '?' }),
  xr('Uncovertebral arthrosis C5-C6 is only partially excluded.', { [U]: '?' }),
  // Comparisons: still there; but "or / to / into" after them is a negation
  cta('Not changed: dissection of the left VA.', { [D]: '+' }),
  cta('No negative dynamics of the left VA dissection.', { [D]: '+' }),
  cta('No reopening of the occluded left VA.', { [N]: '+' }, OCC),
  dop('No reduction of the left VA stenosis.', { [N]: '+' }),
  head('Right cerebellar infarct that was not present on 2026-10-01.', { [S]: '+' }, ACUTE_STROKE),
  cta('No worsening or new dissection.', {}),
  cta('No progression to occlusion.', { [N]: '-' }),
  cta('No evidence of progression or dissection.', { [D]: '-' }),
  // Russian-English negations
  cta('Signs of dissection of the left VA are not revealed.', { [D]: '-' }),
  cta('Data for dissection were not obtained.', { [D]: '-' }),
  dop('Hemodynamically significant stenoses are not revealed.', { [N]: '-' }),
  // Lines of values
  dop('Stenosis: right - no, left - severe.', { [N]: '+' }),
  dop('Stenosis: left 0 %; right 80 %.', { [N]: '+' }),
  dop('Stenosis: left 0 %. Right 80 %.', { [N]: '+' }),
  dop('Stenosis L/R: 70/0 %.', { [N]: '+' }),
  dop('VA | left | right\nstenosis | 70 % | 0 %', { [N]: '+' }),
  cta('Stenosis | no | Dissection | yes', { [N]: '-', [D]: '+' }),
  cta('Dissection: right - no, left - Y.', { [D]: '+' }),
  cta('Dissection: no (left), no (right).', { [D]: '-' }),
  dop('Occlusion: no, flow present on both sides.', { [N]: '-' }),
  dop('Stenosis: none, vessels patent 100 %.', { [N]: '-' }),
  dop('Stenosis: no, positive flow on rotation test: no.', { [N]: '-' }),
  dop('Left VA stenosis 0.0 %.', { [N]: '-' }),
  // Layouts that open a phrase
  cta("No stenosis and there's an intimal flap in V3.", { [N]: '-', [D]: '+' }),
  cta('No stenosis and dissection is visible in V3.', { [N]: '-', [D]: '+' }),
  cta('No stenosis [dissection of the left V3].', { [N]: '-', [D]: '+' }),
  cta('No stenosis | dissection left V3', { [N]: '-', [D]: '+' }),
  cta('No stenosis -- dissection of left V3.', { [N]: '-', [D]: '+' }),
  cta('No stenosis: dissection of the left VA at V3.', { [N]: '-', [D]: '+' }),
  cta('no stenosis occlusion of the left va at v4', { [N]: '+' }, OCC),
  cta('No stenosis (or dissection).', { [N]: '-', [D]: '-' }),
  // Acuity
  head('Right cerebellar infarct, 3 days old.', { [S]: '+' }, ACUTE_STROKE),
  head('Two-day-old infarct in the right cerebellum.', { [S]: '+' }, ACUTE_STROKE),
  head("Right cerebellar infarct of several days' duration.", { [S]: '+' }, ACUTE_STROKE),
  head('Right cerebellar infarct (<7 days).', { [S]: '+' }, ACUTE_STROKE),
  head('Right cerebellar infarct in the early subacute stage.', { [S]: '+' }, ACUTE_STROKE),
  head('Right cerebellar infarct, DWI: restricted.', { [S]: '+' }, ACUTE_STROKE),
  head('Interval right cerebellar infarct.', { [S]: '+' }, ACUTE_STROKE),
  head('Old infarct, 3 years old.', { [S]: '+' }),
  headCt('Early ischaemic changes in the right cerebellum.', { [S]: '+' }, ACUTE_STROKE),
  headCt('Hyperattenuating haemorrhage in the pons.', { [S]: '+' }, ACUTE_STROKE),
  headCt('Fresh blood in the right cerebellum.', { [S]: '+' }, ACUTE_STROKE),
  // Not normal, reduced, zero flow
  dop('Left VA: outside normal limits.', { [N]: '+' }),
  dop('Left VA lumen 40 % of normal.', { [N]: '+' }),
  dop('Left VA is not normal in diameter but within the range of variation.', {}),
  dop('Right VA: normal. Left VA: flow 0 cm/s.', { [N]: '+' }, OCC),
  dop('Right VA: normal. Left VA: PSV 0.', { [N]: '+' }, OCC),
  dop('Right VA: normal. Left VA: not located.', { [N]: '+' }, OCC),
  dop('Left VA: PSV 0.5 m/s.', {}),
  dop('Right VA: normal. Left VA: in-stent restenosis 60 %.', { [N]: '+' }),
  // A history section states facts
  cta('Clinical history: left VA dissection 2019.', { [D]: '+' }),
  cta('Clinical history: s/p left VA dissection.', { [D]: '+' }),
  cta('Indication: follow-up of left VA dissection.', { [D]: '+' }),
];
