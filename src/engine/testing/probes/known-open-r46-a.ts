/**
 * Round 46's probes (/tmp/probe46/REPORT.md: c39a4ab's reader mends attacked) that still fail
 * on main after its fixes (b80a924, 77328af): two misses, both failing before c39a4ab too. The
 * round's FHIR probe FV4 ("Neck pain; denied being pushed, hit or kicked") is in
 * fhir/fhir-r46.spec.ts, an `xit` with its reason.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R46_A: readonly KnownOpen[] = [
  {
    key: 'r46 "PO9: mri/head 5 d ago: \\"ACUTE INFARCT: None. Old: left PICA territory. New restriction along its margin on the 2026-11-15 MRI.\\" (this study\'s own date)"',
    kind: 'miss',
    reason:
      '"on the 2026-11-15 MRI" (this study\'s own date) is read as a past study, so the new part stays old (urgency none; the infarct still contraindicates manipulation and collar-zone massage): a miss of urgency, open',
  },
];
