/**
 * Round 58's probes (/tmp/probe58/head.md: 85 whole case files against 93ae101, 10 failing there)
 * that still fail on the working tree after its mends: one of the 85 (probe-cases-r58-a.ts to
 * -f.ts), BD8, a text-only miss (the round's harness, run on the working tree, fails BD8 only).
 * The list is kept for the round's later reviews.
 *
 * Not listed, because they pass: BD2 and BD2b (probe-cases-r58-a.ts, -f.ts) are the round's
 * observations (FS-9 audit only). A Dix-Hallpike positional nystagmus ("upbeating torsional
 * geotropic nystagmus" in the dizziness note; "No spontaneous nystagmus; torsional positional
 * nystagmus on R Dix-Hallpike only" in the referral) gives emergency and every modality
 * contraindicated: by the brief's letter (s4: any present nystagmus within 14 days is a red
 * flag), but it is how BPPV is diagnosed, so reviewers may call it a false alarm. A question for
 * the rules' owner (spontaneous or gaze-evoked nystagmus against provoked positional
 * nystagmus), not a probe failure; BD2a ("Dix-Hallpike positive R" without the word) is clear.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R58_A: readonly KnownOpen[] = [
  {
    key: 'r58 "BD8: NOTE/TEXT: measured orthostatic drop only in the note and referral; orthostatic answered no"',
    kind: 'miss',
    reason:
      "a measured orthostatic blood-pressure drop written only as numbers ('lying 150/84 -> standing 3 min 124/78' in the dizziness note; 'Lying BP 150/84, standing 124/78 at 3 min (systolic drop 26)' in the referral) is not read; orthostatic-reactions is answered no, so collar-zone massage is clear; a systolic drop of 26 within 3 minutes is orthostatic hypotension, the ART contraindication (s5, FS-7), want collar-zone massage at least not-cleared (exact reading: contraindicated). The words 'orthostatic hypotension' are read (BD8b passes)",
  },
];
