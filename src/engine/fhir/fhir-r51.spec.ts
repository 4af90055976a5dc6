/**
 * FHIR from EHRs, round 51's failures and their counter-cases (FA7, FA8, FB13, FB1, FB2, FB9): a
 * Glasgow Coma Scale below 15 (reduced consciousness, from-fhir-scores.ts), medication statements
 * said completed or stopped with no end given (from-fhir-orders.ts endOfOver), and an inactive
 * problem whose words name an earlier year, recorded at this year's reconciliation
 * (from-fhir-findings.ts pastConditionOnset). A screened patient (assessed on 2026-11-26, every
 * finding answered "no", so the EHR's present wins, FS-3) with the resources added. The round's
 * other 111 probes (FHIR, treatment courses, whole case files, clear patients) passed on 0b41ef5;
 * FA5 (an INR of 2.7 as a lab Observation with no medication) is left out: no rule says what an
 * INR alone is (anticoagulant or clotting disorder), see the closing note. Synthetic data.
 */
import { outside } from '../testing/probe-bounds';
import { caseOf, subject } from '../testing/fhir-ehr-fixtures';
import { type Expectation } from '../testing/probes/probe-model';
import type { FindingId } from '../finding-ids';

const LOINC = 'http://loinc.org';
const cc = (code: string, display: string) => ({ coding: [{ system: LOINC, code, display }] });
const score = (value: number) => ({
  value,
  unit: '{score}',
  system: 'http://unitsofmeasure.org',
  code: '{score}',
});
/** A GCS Observation on 2026-11-25: the total, and its parts when given. */
const gcs = (total: number | null, parts: [string, string, number][] = [], status = 'final') => ({
  resourceType: 'Observation',
  status,
  subject,
  code: cc('9269-2', 'Glasgow coma score total'),
  effectiveDateTime: '2026-11-25T11:00:00Z',
  ...(total === null ? {} : { valueQuantity: score(total) }),
  ...(parts.length
    ? { component: parts.map(([c, d, v]) => ({ code: cc(c, d), valueQuantity: score(v) })) }
    : {}),
});
const E = (v: number): [string, string, number] => ['9267-6', 'Glasgow coma score eye opening', v];
const V = (v: number): [string, string, number] => ['9270-0', 'Glasgow coma score verbal', v];
const M = (v: number): [string, string, number] => ['9268-4', 'Glasgow coma score motor', v];
/** A medication statement with `status`, started on `start`, with no end, and dosage words. */
const medS = (text: string, status: string, start: string, dose: string, extra = {}) => ({
  resourceType: 'MedicationStatement',
  status,
  subject,
  medicationCodeableConcept: { text },
  effectivePeriod: { start },
  dosage: [{ text: dose }],
  ...extra,
});
const cond = (text: string, clinical: string, recordedDate: string) => ({
  resourceType: 'Condition',
  subject,
  clinicalStatus: {
    coding: [
      { system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: clinical },
    ],
  },
  verificationStatus: {
    coding: [
      {
        system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
        code: 'confirmed',
      },
    ],
  },
  code: { text },
  recordedDate,
});

const EMER: Expectation = {
  urg: 'emergency',
  manip: 'contraindicated',
  czm: 'contraindicated',
  bm: 'contraindicated',
  ex: 'contraindicated',
};
const CLEAR: Expectation = {
  atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
};
const ANTI: Expectation = { manip: 'caution' };
const OLD_STROKE: Expectation = {
  manip: 'caution',
  atMost: { manip: 'caution', czm: 'caution', bm: 'clear', ex: 'clear', urg: 'none' },
};
const RECENT_STROKE: Expectation = { manip: 'contraindicated', czm: 'contraindicated' };

const within = (e: Expectation, ...res: object[]) => expect(outside(caseOf([], ...res), e));
const finding = (id: FindingId, ...res: object[]) => caseOf([], ...res).findings?.[id];

describe('FHIR from EHRs, round 51: scores, finished medication courses, old problems', () => {
  describe('a Glasgow Coma Scale below 15 is reduced consciousness (s9 red flag)', () => {
    it('FA8 (miss): a total of 12 yesterday: emergency, all four contraindicated', () => {
      within(EMER, gcs(12)).toEqual([]);
    });
    it('FB13 (miss): a total of 13 with E3 V4 M6: emergency', () => {
      within(EMER, gcs(13, [E(3), V(4), M(6)])).toEqual([]);
    });
    it('a part below its best with no total (V4): emergency', () => {
      within(EMER, gcs(null, [E(4), V(4), M(6)])).toEqual([]);
    });
    it('FA7 (false-alarm): a total of 15: nothing raised', () => {
      within(CLEAR, gcs(15)).toEqual([]);
    });
    it('E4 V5 M6 and no total: nothing raised; an entered-in-error 9: nothing raised', () => {
      within(CLEAR, gcs(null, [E(4), V(5), M(6)])).toEqual([]);
      within(CLEAR, gcs(9, [], 'entered-in-error')).toEqual([]);
    });
    it('is read as present, dated by the observation', () => {
      expect(finding('reduced-consciousness', gcs(12))).toEqual(
        jasmine.objectContaining({ present: true, onset: '2026-11-25' }),
      );
    });
  });

  describe('a medication said completed or stopped, with no end given', () => {
    it('FB1 (false-alarm): completed, "for 6 months" from May 2025: not taken now', () => {
      within(
        CLEAR,
        medS(
          'Apixaban 5 mg tablet',
          'completed',
          '2025-05-01',
          '5 mg BD for 6 months (provoked DVT) - course completed',
        ),
      ).toEqual([]);
    });
    it('FB2 (false-alarm): stopped, "Stopped 2022": not taken now', () => {
      within(
        CLEAR,
        medS(
          'Warfarin 3 mg tablet',
          'stopped',
          '2018-02-01',
          'Stopped 2022 - switched to aspirin by cardiology',
        ),
      ).toEqual([]);
    });
    it('stopped and asserted two years ago: not taken now', () => {
      within(
        CLEAR,
        medS('Warfarin 3 mg tablet', 'stopped', '2018-02-01', '3 mg daily', {
          dateAsserted: '2024-03-01',
        }),
      ).toEqual([]);
    });
    it('stopped with no date anywhere: it may have ended days ago, still caution', () => {
      within(ANTI, medS('Warfarin 3 mg tablet', 'stopped', '2018-02-01', '3 mg daily')).toEqual([]);
    });
    it('stopped and asserted today: its effect outlasts it, still caution', () => {
      within(
        ANTI,
        medS('Apixaban 5 mg tablet', 'stopped', '2025-01-01', '5 mg BD', {
          dateAsserted: '2026-11-26',
        }),
      ).toEqual([]);
    });
    it('completed, "for 6 months" from October 2026: still within its course, caution', () => {
      within(
        ANTI,
        medS('Apixaban 5 mg tablet', 'completed', '2026-10-01', '5 mg BD for 6 months'),
      ).toEqual([]);
    });
  });

  describe('an inactive problem whose words name an earlier year', () => {
    it('FB9 (false-alarm): "History of stroke in 2010, no residual deficit", inactive, recorded this week: an older stroke (caution)', () => {
      within(
        OLD_STROKE,
        cond('History of stroke in 2010, no residual deficit', 'inactive', '2026-11-20'),
      ).toEqual([]);
    });
    it('the same words as an active problem: the recorded day stands (fail safe)', () => {
      within(
        RECENT_STROKE,
        cond('History of stroke in 2010, no residual deficit', 'active', '2026-11-20'),
      ).toEqual([]);
    });
    it('inactive, but the words tell of a new one: the recorded day stands', () => {
      within(
        RECENT_STROKE,
        cond('Stroke in 2010, new stroke last week', 'inactive', '2026-11-20'),
      ).toEqual([]);
    });
  });
});
