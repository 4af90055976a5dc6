/** fast-check arbitraries of case files: every value the validator accepts, and then some. */
import fc from 'fast-check';
import { FINDING_IDS, type FindingId } from '../finding-ids';
import { REPORT_CORPUS } from '../reader/report-corpus';
import {
  IMAGING_MODALITIES,
  IMAGING_REGIONS,
  MODALITIES,
  type CaseFile,
  type FindingValue,
} from '../model';
import { addDays } from '../dates';
import { TODAY } from './fixtures';
import { allAnsweredNo } from '../demo-cases';

const date = fc.integer({ min: -800, max: 30 }).map((d) => addDays(TODAY, d));
/** Sessions are never after `assessedOn` (the validator refuses them). */
const pastDate = fc.integer({ min: -800, max: 0 }).map((d) => addDays(TODAY, d));

export const findingValue: fc.Arbitrary<FindingValue | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.record(
    {
      present: fc.oneof(fc.boolean(), fc.constant(null)),
      onset: fc.option(date, { nil: undefined }),
    },
    { requiredKeys: ['present'] },
  ),
);

/** Half the cases start fully answered "no" (so verdicts can clear), then a few changes. */
const findings = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(fc.constantFrom(...FINDING_IDS), findingValue), { maxLength: 12 }),
  )
  .map(([answered, pairs]) => {
    const out: Partial<Record<FindingId, FindingValue>> = answered ? allAnsweredNo() : {};
    for (const [k, v] of pairs) {
      if (v === undefined) delete out[k];
      else out[k] = v;
    }
    return out;
  });

const report = fc.oneof(
  fc.constantFrom(...REPORT_CORPUS.map((e) => e.text)),
  fc.string({ maxLength: 80 }),
);

const CERVICAL_XRAY = {
  modality: 'xray' as const,
  region: 'cervical-spine' as const,
  report: 'No fracture.',
};
const imaging = fc.record(
  {
    modality: fc.constantFrom(...IMAGING_MODALITIES),
    region: fc.constantFrom(...IMAGING_REGIONS),
    date,
    report,
    findings: fc.array(fc.constantFrom(...FINDING_IDS), { maxLength: 3 }),
    absentFindings: fc.array(fc.constantFrom(...FINDING_IDS), { maxLength: 3 }),
    rejectedFindings: fc.array(fc.constantFrom(...FINDING_IDS), { maxLength: 2 }),
  },
  { requiredKeys: ['modality', 'region'] },
);

const rating = fc.option(fc.integer({ min: 0, max: 10 }), { nil: null });
const session = fc.record(
  {
    date: pastDate,
    modality: fc.constantFrom(...MODALITIES),
    course: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
    painBefore: rating,
    painAfter: rating,
    dizziness: rating,
    headache: rating,
    painHours: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
    rednessHours: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    swelling: fc.option(fc.boolean(), { nil: null }),
    painWorseWithMovement: fc.option(fc.boolean(), { nil: null }),
    analgesicsIneffective: fc.option(fc.boolean(), { nil: null }),
    newSymptoms: fc.array(fc.constantFrom(...FINDING_IDS), { maxLength: 2 }),
  },
  { requiredKeys: ['date', 'modality'] },
);

export const caseFile: fc.Arbitrary<CaseFile> = fc.record({
  format: fc.constant('vas-case/1' as const),
  id: fc.constant('prop-case'),
  assessedOn: fc.constant(TODAY),
  patient: fc.record(
    {
      birthDate: fc.option(
        fc.integer({ min: 5, max: 95 }).map((y) => `${2026 - y}-06-15`),
        { nil: undefined },
      ),
    },
    { requiredKeys: [] },
  ),
  findings,
  imaging: fc
    .tuple(fc.boolean(), fc.array(imaging, { maxLength: 3 }))
    .map(([x, rest]) => (x ? [{ ...CERVICAL_XRAY, date: TODAY }, ...rest] : rest)),
  sessions: fc.array(session, { maxLength: 12 }),
  medications: fc.array(
    fc.record(
      {
        name: fc.constantFrom('ibuprofen', 'statin', 'paracetamol', 'Ketorol', 'Nurofen'),
        form: fc.constantFrom('tablet', 'gel'),
        start: date,
        analgesic: fc.boolean(),
      },
      { requiredKeys: ['name', 'form', 'start'] },
    ),
    { maxLength: 2 },
  ),
});
