/**
 * Round 48's probes (/tmp/probe48/REPORT.md: round 47's mends, 975ee63, attacked) that still
 * fail on main after its fixes (4645af0): four misses, failing before 975ee63 too, all
 * mended in session 14 (BA3 and BA6, a bullet answered "segment - present" / "yes"; MS2 and
 * MS4, "stopped" said of another drug), and seven fail-safe false alarms (PF4, BF1, MN1-MN3, MU1, MU2; BF1 failing before
 * 975ee63 too). EA5 ("although the vermis is spared") and PA2 ("at the old rim on MRI today")
 * were mended in round 49, PA3 ("on the November 2026 MRI") in round 50. The round's FHIR
 * probes all pass and are in fhir/fhir-r48.spec.ts.
 */
import type { KnownOpen } from './known-open';

export const KNOWN_OPEN_R48_A: readonly KnownOpen[] = [
  {
    key: 'r48 "PF4: mri/head 5 d ago: \\"Old: left PICA territory. Its rim was new on the 2024 images.\\" (\\"the 2024 images\\")"',
    kind: 'false-alarm',
    reason:
      '"Its rim was new on the 2024 images" after "Old: left PICA territory": "images" no longer names a past study (reader-older.ts STUDY), so the old infarct\'s part is read as new (emergency, all four contraindicated): a fail-safe false alarm, open; made by 975ee63',
  },
  {
    key: 'r48 "BF1: cta/neck-vessels 3 d ago: \\"No evidence of:\u23ce- aneurysm\u23ce- dissection: right V3 possible motion artefact, no flap\\" (\\"possible motion artefact, no flap\\")"',
    kind: 'false-alarm',
    reason:
      '"- dissection: right V3 possible motion artefact, no flap" under "No evidence of:": the uncertain side is read as an uncertain dissection though the doubt is an artefact with no flap (held, emergency, all four contraindicated): a fail-safe false alarm, open; it failed before 975ee63 too',
  },
  {
    key: 'r48 "MN1: medication \\"Not on anticoagulants. Previously warfarin.\\""',
    kind: 'false-alarm',
    reason:
      '"Not on anticoagulants. Previously warfarin.": the class denial is reset at "." (anticoagulant-names.ts BREAKS), so the bare "warfarin" is read as taken (manipulation caution): a fail-safe false alarm, open; made by 975ee63',
  },
  {
    key: 'r48 "MN2: medication \\"No anticoagulants - warfarin and apixaban both declined\\""',
    kind: 'false-alarm',
    reason:
      '"No anticoagulants - warfarin and apixaban both declined": the class denial is reset at " - " (anticoagulant-names.ts BREAKS), so the declined drugs are read as taken (manipulation caution): a fail-safe false alarm, open; made by 975ee63',
  },
  {
    key: 'r48 "MN3: medication \\"Not on any anticoagulant: warfarin in the past\\""',
    kind: 'false-alarm',
    reason:
      '"Not on any anticoagulant: warfarin in the past": the class denial is reset at ":" (anticoagulant-names.ts BREAKS), so the past warfarin is read as taken (manipulation caution): a fail-safe false alarm, open; made by 975ee63',
  },
  {
    key: 'r48 "MU1: medication \\"Rivaroxaban until 2025\\""',
    kind: 'false-alarm',
    reason:
      '"Rivaroxaban until 2025": "until <year>" is no longer read as stopped and the past year is not compared with the assessment date, so it is read as taken (manipulation caution): a fail-safe false alarm, open; made by 975ee63',
  },
  {
    key: 'r48 "MU2: medication \\"Apixaban 5 mg BD until October 2025 (course completed)\\""',
    kind: 'false-alarm',
    reason:
      '"Apixaban 5 mg BD until October 2025 (course completed)": a past end date is not read as stopped, so it is read as taken (manipulation caution): a fail-safe false alarm, open; made by 975ee63',
  },
];
