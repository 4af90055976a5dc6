/**
 * Round 28's probes (/tmp/probe28/REPORT.md) that still fail on main after its fixes,
 * against eae212c: judgement calls unless said otherwise.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R28_A: readonly KnownOpen[] = [
  {
    key: 'r28 "A3: cta/neck-vessels 4 d ago, 11 lines: \\"No intimal flap, mural haematoma, vertebral⏎artery occlusion or pseudoaneurysm.\\""',
    kind: 'false-alarm',
    reason:
      'a negated list of more than six words ("No intimal flap, mural haematoma, vertebral\\nartery occlusion or pseudoaneurysm"): its last item is out of the negation\'s reach (WINDOW_WORDS = 6)',
  },
  {
    key: 'r28 "A33: mri/head 30 d ago, 8 lines: \\"No infarct except an old lacune in the right lentiform nucleus (unchanged).\\""',
    kind: 'judgement',
    reason:
      'no finding: a normal report in a stressed layout (wrap, capitals, heading, table, exception) -> every modality clear, urgency none',
  },
  {
    key: 'r28 "A34: xray/cervical-spine 30 d ago, 7 lines: \\"Normal except for an old healed C6 spinous process fracture.\\""',
    kind: 'judgement',
    reason:
      'an old lacune outside the posterior circulation, unchanged for years: stroke history is asked in the intake (answered no); reading it as an infarct of unknown onset is at most a judgement',
  },
  {
    key: 'r28 "A46: doppler/neck-vessels 5 d ago, 8 lines: space table with an empty cell: header \\"Plaque  Stenosis\\""',
    kind: 'false-alarm',
    reason:
      "a table aligned with spaces with an empty cell: its rows cannot be placed under the header, and the header's words read as findings",
  },
  {
    key: 'r28 "A49: doppler/neck-vessels 5 d ago, 9 lines: merged header rows with normal values"',
    kind: 'false-alarm',
    reason:
      'a table with two header rows: the second header row is read as data and its words as findings',
  },
  {
    key: 'r28 "A64: mra/neck-vessels 5 d ago, 6 lines: New Zealand MRA: \\"Patent vertebrobasilar system. No dissection, stenosis or aneurysm.\\""',
    kind: 'false-alarm',
    reason: '"?VA dissection" in a clinical line: round 12\'s FA5 family',
  },
  {
    key: 'r28 "A65: msct/head 2 d ago, 7 lines: Irish CT head capitals: \\"NO ACUTE INTRACRANIAL ABNORMALITY. NO POSTERIOR FOSSA INFARCT.\\""',
    kind: 'false-alarm',
    reason: '"?CVA" in a clinical line: round 12\'s FA5 family',
  },
];
