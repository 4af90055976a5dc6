/**
 * Round 23's probes (/tmp/probe23/REPORT.md: whole dictated reports) that still fail on main
 * after its fixes: tables aligned with spaces, and the request families of round 12.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R23_A: readonly KnownOpen[] = [
  {
    key: 'r23 "A5: doppler/neck-vessels 10 d ago, 19 lines: duplex worksheet, space-aligned table with 0% and \\"none\\" stenosis columns"',
    kind: 'false-alarm',
    reason:
      'FA5 a measurement table\'s column header ("Stenosis (NASCET)") is read as prose and affirms a stenosis (caution); space-aligned tables are not read as tables, and the rows (B24, B26: a 70-99 % VA row) are read only through that header, so the header is left as it is until the rows are read',
  },
  {
    key: 'r23 "A6: doppler/neck-vessels 10 d ago, 14 lines: duplex worksheet as a pipe table, flow \\"antegrade\\", stenosis \\"0 %\\""',
    kind: 'false-alarm',
    reason: 'FA5 a pipe table\'s header "% stenosis" affirms a stenosis (caution): as A5',
  },
  {
    key: 'r23 "A16: cta/neck-vessels 5 d ago, 15 lines: CTA neck UK style: \\"no evidence of vertebral\\\\nartery dissection\\" inside a numbered conclusion"',
    kind: 'false-alarm',
    reason:
      'FA8 "?VA dissection" in a clinical-information line read as an uncertain finding (emergency), as round 12\'s FA5 family',
  },
  {
    key: 'r23 "A28: mri/head 4 d ago, 13 lines: MRI brain, \\"No acute\\\\nposterior circulation stroke\\" in a bulleted impression"',
    kind: 'false-alarm',
    reason:
      'FA8 "rule out posterior circulation stroke" answered normal still holds (not-cleared), as round 12\'s FA6 family',
  },
  {
    key: 'r23 "A44: doppler/neck-vessels 10 d ago, 13 lines: duplex with \\"<50%\\" ICA stenosis rows and a small carotid plaque; VAs normal"',
    kind: 'false-alarm',
    reason:
      'FA5 a table header "Plaque" affirms VA atherosclerosis (manipulation contraindicated) in a duplex whose VA rows say none: as A5',
  },
  {
    key: 'r23 "B29: doppler/neck-vessels 15 d ago, 10 lines: dynamic duplex: reduced flow only in the \\"rotation\\" row of a table"',
    kind: 'miss',
    reason:
      'M3 a flow reduction on head rotation given only in a space-aligned table row ("Rotation left 46 12 (marked reduction)"): space-aligned tables are not read',
  },
  {
    key: 'r23 "B34: msct/cervical-spine 40 d ago, 10 lines: CT C-spine: level table row \\"C5-C6 ... uncovertebral spurring\\""',
    kind: 'miss',
    reason:
      'M2 uncovertebral spurring given only in a space-aligned level table under the column "Uncovertebral joints": the row is not tied to its header',
  },
];
