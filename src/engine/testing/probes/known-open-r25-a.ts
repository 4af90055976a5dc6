/**
 * Round 25's probes (/tmp/probe25/REPORT.md: rounds 21 and 23 attacked again) that still fail
 * on main after its fixes, against 2298f7d.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R25_A: readonly KnownOpen[] = [
  {
    key: 'r25 "M65: mri/head 3 d ago, 8 lines: \\"No infarct other than in the left PICA territory, of acute age.\\""',
    kind: 'judgement',
    reason:
      '"No infarct other than in the left PICA territory, of acute age": the exception now affirms the infarct, but its age after the place is not read as acute',
  },
  {
    key: 'r25 "A4: cta/neck-vessels 4 d ago, 9 lines: \\"No definite dissection, obvious occlusion or flow-limiting stenosis.\\""',
    kind: 'judgement',
    reason:
      '"No definite dissection, obvious occlusion or ...": "no definite" is read as a doubt by design (fail-safe)',
  },
  {
    key: 'r25 "A5: mri/head 4 d ago, 8 lines: \\"No acute infarct, parenchymal haemorrhage, extra-axial collection or mass.\\""',
    kind: 'false-alarm',
    reason:
      '"extra-axial collection" in a negated list: the list item after a placing word with a word of its own is read as a new phrase',
  },
  {
    key: 'r25 "A21: cta/neck-vessels 5 d ago, 8 lines: capitals with headings on their own lines: \\"IMPRESSION⏎NO DISSECTION OR STENOSIS.\\""',
    kind: 'false-alarm',
    reason:
      '"?DISSECTION" in a HISTORY line in capitals: round 12\'s FA5 family (a question read as an uncertain finding)',
  },
  {
    key: 'r25 "A22: cta/neck-vessels 5 d ago, 9 lines: capitals: \\"INDICATION⏎RULE OUT DISSECTION⏎FINDINGS⏎NORMAL\\""',
    kind: 'false-alarm',
    reason: '"RULE OUT DISSECTION" answered "NORMAL" under a heading: round 12\'s FA6 family',
  },
  {
    key: 'r25 "A56: mri/cervical-spine 20 d ago, 10 lines: C-spine MRI: \\"No fracture,⏎focal marrow lesion or⏎significant listhesis.\\""',
    kind: 'false-alarm',
    reason:
      '"No fracture,\\nfocal marrow lesion or\\nsignificant listhesis": the last item of a list over two wraps is read as affirmed (caution)',
  },
  {
    key: 'r25 "A63: xray/cervical-spine 20 d ago, 5 lines: \\"No fracture except at the site of the old healed C6 fracture, unchanged.\\""',
    kind: 'judgement',
    reason:
      '"No fracture except at the site of the old healed C6 fracture": an old healed fracture is read as a fracture (the rules name no age for it)',
  },
];
