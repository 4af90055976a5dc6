/**
 * Round 49's probes (/tmp/probe49/head.md: round 48's mends, 4645af0, attacked) that still fail
 * on main after its fixes: two fail-safe false alarms, both failing before 975ee63 too (BF1,
 * VC4). The round's FHIR probes all pass and are in fhir/fhir-r49.spec.ts.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R49_A: readonly KnownOpen[] = [
  {
    key: 'r49 "BF1: cta/neck-vessels 3 d ago: \\"No evidence of:\u23ce- aneurysm\u23ce- dissection: left V1 origin plaque present\\" (\\"plaque present\\")"',
    kind: 'false-alarm',
    reason:
      '"left V1 origin plaque present" under a negated list\'s dissection bullet: since round 49 the plaque\'s "present" no longer affirms the dissection (no emergency, collar-zone massage, back massage and exercise clear), but the plaque itself is read as vertebral-artery atherosclerosis, so manipulation stays contraindicated, above the round\'s bound (at most not cleared): a fail-safe false alarm, open; it failed before 975ee63 too',
  },
  {
    key: 'r49 "VC4: a negative CTA neck whose history says \\"r/o dissection\\""',
    kind: 'false-alarm',
    reason:
      'a negative CTA neck ("No evidence of dissection, stenosis or occlusion") whose HISTORY line says "r/o dissection": the clinical question is read as an uncertain dissection, held as unknown (all four not cleared) though the study answers it; a fail-safe false alarm, open (the reader does not yet tell a request line\'s question from a finding); it failed before 975ee63 too',
  },
];
