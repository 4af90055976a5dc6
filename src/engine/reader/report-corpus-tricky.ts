/**
 * Mixed and tricky sentences: scope of negation across commas, "and", new lines; lists
 * after one negation; pseudo-negations; requests; study-context tests.
 */
import {
  A,
  ACUTE_STROKE,
  D,
  dop,
  F,
  H,
  I,
  M,
  mr,
  MY,
  N,
  O,
  P,
  R,
  S,
  U,
  xr,
  ct,
  cta,
  type CorpusEntry,
} from './report-corpus-types';

export const TRICKY_CORPUS: CorpusEntry[] = [
  // Requests
  xr('Rule out fracture.', { [F]: '?' }),
  mr('R/O disc herniation.', { [H]: '?' }),
  mr('Indication: neck pain, ? myelopathy.', { [MY]: '?' }),
  xr('Reason for examination: instability?', { [I]: '?' }),
  xr('Looking for uncovertebral arthrosis.', { [U]: '?' }),
  mr('Query disc herniation C6-C7.', { [H]: '?' }),
  mr('Evaluate for disc herniation at C6-C7.', { [H]: '?' }),
  mr('Clinical question: cervical myelopathy?', { [MY]: '?' }),
  xr('Indication: dizziness\nFindings: osteochondrosis C5-C6.', { [O]: '+' }),
  // New lines end a sentence
  xr('Osteochondrosis C5-C6.\nNo fracture.', { [O]: '+', [F]: '-' }),
  xr('No fracture\nUncovertebral arthrosis C5-C6', { [F]: '-', [U]: '+' }),
  // Scope across commas: a new phrase ends it, a bare list stays in it
  mr('No herniation, no protrusion, no stenosis.', { [H]: '-', [P]: '-' }),
  mr('Without herniation, with protrusion at C5-C6.', { [H]: '-', [P]: '+' }),
  mr('Osteochondrosis C5-C6, herniation not seen.', { [O]: '+', [H]: '-' }),
  mr('Protrusion, herniation or extrusion not identified.', { [P]: '-', [H]: '-' }),
  mr('No fracture, osteochondrosis C5-C6, protrusion C5-C6 2 mm.', {
    [F]: '-',
    [O]: '+',
    [P]: '+',
  }),
  mr('Small protrusion at C5-C6 without root compression; osteochondrosis C4-C7.', {
    [P]: '+',
    [R]: '-',
    [O]: '+',
  }),
  mr('Disc herniation C5-C6 compressing the left C6 root, no cord compression.', {
    [H]: '+',
    [R]: '+',
    [MY]: '-',
  }),
  xr('Degenerative changes: uncovertebral arthrosis C5-C6, osteochondrosis C5-C7.', {
    [U]: '+',
    [O]: '+',
  }),
  ct('No fracture, however osteochondrosis C5-C7.', { [F]: '-', [O]: '+' }),
  mr('No cord compression but root compression on the left at C6.', { [MY]: '-', [R]: '+' }),
  mr('No myelopathy; radiculopathy cannot be excluded clinically.', { [MY]: '-', [R]: '?' }),
  mr('There are no signs of disc herniation or cord compression.', { [H]: '-', [MY]: '-' }),
  mr('Schmorl node at C5 without herniation.', { [H]: '-' }),
  mr('Disc herniation was ruled out in 2024; now extrusion C6-C7.', { [H]: '+' }),
  mr('Osteochondrosis at C5-C6 and C6-C7, herniation at C6-C7.', { [O]: '+', [H]: '+' }),
  // Lists join terms, not levels; levels count as one word in the window
  mr('No herniation, osteochondrosis C5-C6 and C6-C7.', { [H]: '-', [O]: '+' }),
  mr('Disc herniations at C5-C6 and C6-C7 are not excluded.', { [H]: '?' }),
  mr('No myelopathy, radiculopathy or instability.', { [MY]: '-', [R]: '-', [I]: '-' }),
  cta('Stenosis, occlusion and dissection are excluded.', { [N]: '-', [D]: '-' }),
  cta('Impression: no evidence of dissection, occlusion or stenosis of the vertebral arteries.', {
    [D]: '-',
    [N]: '-',
  }),
  dop('No plaques, stenosis of the left VA 40 %.', { [A]: '-', [N]: '+' }),
  dop(
    'No stenosis and no occlusion of the right VA, left VA occluded.',
    { [N]: '+' },
    { occlusion: true },
  ),
  mr('No spinal canal stenosis, uncovertebral arthrosis C5-C6 on the right.', { [U]: '+' }),
  mr('Herniation C5-C6, protrusion C6-C7 not seen.', { [H]: '+', [P]: '-' }),
  // Velocity wordings
  dop('Velocity in the left VA reduced to 15 cm/s.', { [N]: '+' }),
  dop('Left VA: peak systolic velocity 12 cm/s (reduced).', { [N]: '+' }),
  dop('Decreased velocities in the right VA.', { [N]: '+' }),
  dop('Diminished flow in the left vertebral artery.', { [N]: '+' }),
  dop('Left vertebral artery not visualised.', { [N]: '+' }),
  cta('Non-visualisation of the right VA; left VA patent.', { [N]: '+' }),
  dop('Stenosis of the left VA is not visualised.', { [N]: '-' }),
  // Stroke sequelae
  mr('Post-ischaemic changes in the right cerebellum.', { [S]: '+' }),
  mr('No signs of acute ischaemia, old infarct in the left occipital lobe.', { [S]: '+' }),
  // Pseudo-negations
  xr('Not only osteochondrosis but also uncovertebral arthrosis.', { [O]: '+', [U]: '+' }),
  xr('No progression of the known osteochondrosis.', { [O]: '+' }),
  xr('No significant change of the uncovertebral arthrosis since 2023.', { [U]: '+' }),
  mr('Protrusion C5-C6 unchanged, no new herniation.', { [P]: '+', [H]: '-' }),
  mr('Disc herniation C5-C6 is likely.', { [H]: '?' }),
  // Vessel terms outside vessel context read nothing
  xr('Narrowing of the C5-C6 intervertebral foramen on the right.', {}),
  mr('Stenosis of the spinal canal with compression of the dural sac.', {}),
  mr('Metastatic deposit compressing the C4 vertebral body, no stenosis.', { [M]: '+' }),
  mr('Compression of the left vertebral artery by an osteophyte at C5-C6.', { [N]: '+', [O]: '+' }),
  // VAS is the pain scale here, not the vertebral artery
  mr('Neck pain VAS 7; stenosis of the spinal canal at C5-C6.', {}),
  // Vessel context from a sentence naming the VA in a non-vessel study
  mr('Flow void of the right VA preserved, no dissection.', { [D]: '-' }),
  // Stroke outside head studies needs the brain named
  dop('Infarct.', {}),
  mr(
    'Small infarct in the left cerebellar hemisphere, possibly subacute.',
    { [S]: '+' },
    ACUTE_STROKE,
  ),
  // Not read: artefacts and normal studies
  xr('Patient moved, images degraded.', {}),
  mr('Examination limited by motion artefact.', {}),
  mr('Normal alignment, vertebral body heights maintained.', {}),
  xr('No pathological changes.', {}),
  // Mixed pairs and carotid / vertebral
  dop('Right ICA: plaque 30 %. Left vertebral artery: no plaque, stenosis 50 % at V1.', {
    [A]: '-',
    [N]: '+',
  }),
  cta('Left ICA occlusion. Vertebral arteries without stenosis or dissection.', {
    [N]: '-',
    [D]: '-',
  }),
];
