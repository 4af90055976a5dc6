/**
 * Round 34's probes (/tmp/probe34/REPORT.md: round 32's reader fixes attacked) that still
 * fail on main after its fixes: judgement calls.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R34_A: readonly KnownOpen[] = [
  {
    key: 'r34 "T5: doppler/neck-vessels 3 d ago: \\"| Left VA | 80% |\u23ce| Right VA | 0% |\\" (header-less percentages)"',
    kind: 'judgement',
    reason:
      'a header-less table "| Left VA | 80% |" with no word of stenosis: the percentage may be a share of flow; read only under a stenosis / grading heading or column',
  },
  {
    key: 'r34 "AH4: cta/neck-vessels 3 d ago: \\"DISSECTION: None. Prior: left V3 (2019), healed.\\" (a healed dissection made current)"',
    kind: 'judgement',
    reason:
      '"DISSECTION: None. Prior: left V3 (2019), healed.": the older dissection is read (manipulation and collar-zone massage contraindicated) but its year in brackets does not date it, so its unknown onset gives the dissection emergency (section 4: onset unknown -> emergency)',
  },
  {
    key: 'r34 "AT2: doppler/neck-vessels 3 d ago: \\"| Left VA | <50% stenosis |\u23ce| Right VA | <50% stenosis |\\" (header-less \\"<50% stenosis\\")"',
    kind: 'judgement',
    reason:
      '"<50% stenosis" (NASCET band including none) in a table with no header is read by the clause reader as a stenosis (caution); under a stenosis column "<50%" counts as nothing',
  },
];
