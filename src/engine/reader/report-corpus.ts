/**
 * Report sentences with the findings a reader must take from them: affirmed (+), negated
 * (-), uncertain (?). Findings not listed must not be read. Used by the reader spec and the
 * bench. The entries are split by kind of study: report-corpus-*.ts.
 */
import { HEAD_CORPUS } from './report-corpus-head';
import { SPINE_CORPUS } from './report-corpus-spine';
import { ROUND5_CORPUS } from './report-corpus-round5';
import { ROUND6_CORPUS } from './report-corpus-round6';
import { ROUND7_CORPUS } from './report-corpus-round7';
import { TRICKY_CORPUS } from './report-corpus-tricky';
import {
  A,
  ct,
  cta,
  D,
  dop,
  F,
  H,
  head,
  I,
  mr,
  N,
  O,
  OCC,
  P,
  U,
  xr,
  type CorpusEntry,
} from './report-corpus-types';
import { VESSEL_CORPUS } from './report-corpus-vessels';

export type { CorpusEntry } from './report-corpus-types';

const BASE: CorpusEntry[] = [
  // Affirmed
  xr('Signs of osteochondrosis C4-C6.', { [O]: '+' }),
  xr('Uncovertebral arthrosis C5-C6.', { [U]: '+' }),
  xr('Uncovertebral joint hypertrophy at C5-C6 and C6-C7.', { [U]: '+' }),
  xr('Anterolisthesis of C4 on C5 on flexion views.', { [I]: '+' }),
  xr('Segmental instability at C4-C5.', { [I]: '+' }),
  xr('Kimmerle anomaly of the atlas.', { 'congenital-spine-anomaly': '+' }),
  xr('Diffuse osteopenia of the vertebral bodies.', { osteoporosis: '+' }),
  mr('Disc protrusion C5-C6 up to 2 mm.', { [P]: '+' }),
  mr('Posterior disc herniation C6-C7 compressing the left C7 root.', {
    [H]: '+',
    radiculopathy: '+',
  }),
  mr('Broad-based disc bulge at C4-C5.', { [P]: '+' }),
  mr('Myelopathy signal change at C5.', { myelopathy: '+' }),
  mr('Nerve root compression at C6 on the right.', { radiculopathy: '+' }),
  mr('Findings consistent with spondylodiscitis C5-C6.', { spondylodiscitis: '+' }),
  mr('Metastatic deposit in the C4 vertebral body.', { malignancy: '+' }),
  mr('Perineural cyst at C7.', { 'spinal-tumour-or-cyst': '+' }),
  ct('Fracture of the C2 odontoid process.', { [F]: '+' }),
  ct('Degenerative disc disease C5-C7 with uncovertebral osteophytes.', { [O]: '+', [U]: '+' }),
  dop('Left vertebral artery: flow velocity reduced.', { [N]: '+' }),
  dop('Lumen narrowed at V2 on the left.', { [N]: '+' }),
  // v2: hypoplasia is a congenital variant, not narrowing.
  dop('Hypoplasia of the right vertebral artery.', {}),
  dop('Extravasal compression of the left VA at C5-C6 on head rotation.', { [N]: '+' }),
  dop('Atherosclerotic plaque at the origin of the right vertebral artery.', { [A]: '+' }),
  cta('Stenosis of the left vertebral artery at V1 of 60 %.', { [N]: '+' }),
  cta('Right vertebral artery occlusion at V4.', { [N]: '+' }, OCC),
  head('Old lacunar infarct in the left thalamus.', { stroke: '+' }),
  head('Meningioma of the falx, 12 mm.', { 'brain-tumour': '+' }),
  // Negated, trigger before
  xr('No fracture.', { [F]: '-' }),
  xr('No fracture, listhesis or instability.', { [F]: '-', [I]: '-' }),
  xr('No uncovertebral arthrosis.', { [U]: '-' }),
  mr('No evidence of disc herniation.', { [H]: '-' }),
  mr('No signs of myelopathy.', { myelopathy: '-' }),
  mr('Negative for spondylodiscitis.', { spondylodiscitis: '-' }),
  mr('Spinal cord free of compression; no myelopathy.', { myelopathy: '-' }),
  mr('Without disc protrusion at C3-C4.', { [P]: '-' }),
  dop('Right VA without evidence of stenosis.', { [N]: '-' }),
  dop('Vertebral arteries without plaques.', { [A]: '-' }),
  dop('There is no narrowing of either vertebral artery.', { [N]: '-' }),
  cta('Absence of vertebral artery stenosis.', { [N]: '-' }),
  head('No infarct.', { stroke: '-' }),
  // Negated, trigger after
  xr('Fracture is not seen.', { [F]: '-' }),
  mr('Disc herniation was ruled out.', { [H]: '-' }),
  dop('Stenosis of the vertebral arteries not identified.', { [N]: '-' }),
  ct('Uncovertebral arthrosis is absent.', { [U]: '-' }),
  // Uncertain
  xr('Possible uncovertebral arthrosis at C6.', { [U]: '?' }),
  mr('Small disc protrusion C5-C6 cannot be excluded.', { [P]: '?' }),
  mr('Suspicious for disc herniation at C6-C7.', { [H]: '?' }),
  dop('Questionable stenosis of the left vertebral artery.', { [N]: '?' }),
  // v2: reduced flow is part of the finding ("narrowing / compression / reduced flow").
  dop('Flow reduction in the left VA, stenosis cannot be ruled out.', { [N]: '+' }),
  // v2: dissection is its own finding, no longer narrowing.
  cta('Probable dissection of the right vertebral artery.', { [D]: '?' }),
  ct('No definite fracture.', { [F]: '?' }),
  mr('Findings suggestive of myelopathy.', { myelopathy: '?' }),
  xr('Instability at C4-C5?', { [I]: '?' }),
  // Pseudo-negations
  xr('No increase in osteochondrosis since 2024.', { [O]: '+' }),
  mr('Not only protrusion but herniation at C5-C6.', { [P]: '+', [H]: '+' }),
  xr('No change in the known anterolisthesis of C4.', { [I]: '+' }),
  // Scope ends at but / however / ;
  mr('No herniation but a protrusion at C5-C6.', { [H]: '-', [P]: '+' }),
  mr('No fracture; osteochondrosis C5-C6.', { [F]: '-', [O]: '+' }),
  dop('No stenosis of the right VA, however the left VA is narrowed.', { [N]: '+' }),
  ct('No fracture, although uncovertebral arthrosis at C5-C6 is marked.', { [F]: '-', [U]: '+' }),
  // Context: not the vertebral artery, not vessels
  dop('Atherosclerotic plaque in the left carotid bifurcation.', {}),
  dop('Stenosis of the right internal carotid artery of 50 %.', {}),
  mr('Spinal canal stenosis at C5-C6.', {}),
  mr('Foraminal narrowing at C5-C6 on the left.', {}),
  // Mixed sentence pairs
  dop(
    'Left vertebral artery: flow velocity reduced, lumen narrowed at V2. Right VA without evidence of stenosis.',
    { [N]: '+' },
  ),
  mr('Disc protrusion C4-C5. No herniation. Possible uncovertebral arthrosis C5-C6.', {
    [P]: '+',
    [H]: '-',
    [U]: '?',
  }),
  xr(
    'Osteochondrosis C5-C7. Uncovertebral arthrosis not seen. No instability on flexion-extension.',
    { [O]: '+', [U]: '-', [I]: '-' },
  ),
];

export const REPORT_CORPUS: CorpusEntry[] = [
  ...BASE,
  ...SPINE_CORPUS,
  ...VESSEL_CORPUS,
  ...HEAD_CORPUS,
  ...TRICKY_CORPUS,
  ...ROUND5_CORPUS,
  ...ROUND6_CORPUS,
  ...ROUND7_CORPUS,
];
