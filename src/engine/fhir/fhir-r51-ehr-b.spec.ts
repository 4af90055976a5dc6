/**
 * FHIR from EHRs, round 51's probes (/tmp/probe51/head.md), second part: FA18-FA22 and FB1-FB14,
 * statuses and codes as EHRs write them (medication statements and requests stopped, on hold,
 * completed with no end, entered in error or only planned, a heparin lock flush, a contained
 * Medication coded by RxNorm only, a provisional dissection, chiropractic CPT 98940 cervical and
 * lumbar, old strokes, a spa neck massage before dizziness, refuted and entered-in-error
 * problems, a GCS with its parts), the clear FHIR patient NC11 and the control Z1. The first part
 * is fhir-r51-ehr.spec.ts; the same screened patient (assessed on 2026-11-26, every finding
 * answered "no", FS-3) and the round's bounds (lower for a miss, `atMost` for a false alarm).
 * FB1, FB2, FB9 and FB13 failed on 0b41ef5 and pass since 633b411 (fhir-r51.spec.ts has their
 * counter-cases). Synthetic data.
 */
import { outside } from '../testing/probe-bounds';
import { caseOf, subject } from '../testing/fhir-ehr-fixtures';
import { type Expectation } from '../testing/probes/probe-model';

const LOINC = 'http://loinc.org';
const SNO = 'http://snomed.info/sct';
const ICD = 'http://hl7.org/fhir/sid/icd-10-cm';
const CPT = 'http://www.ama-assn.org/go/cpt';
const CLINS = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
const VERS = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
const OBS_CAT = 'http://terminology.hl7.org/CodeSystem/observation-category';
const CAT = 'http://terminology.hl7.org/CodeSystem/condition-category';
const cc = (system: string, code: string, display: string, text?: string) => ({
  coding: [{ system, code, display }],
  ...(text ? { text } : {}),
});
const score = (value: number) => ({
  value,
  unit: '{score}',
  system: 'http://unitsofmeasure.org',
  code: '{score}',
});
/** A problem-list Condition; null: no such status. */
const condX = (code: object, clinical: string | null, ver: string | null, extra: object = {}) => ({
  resourceType: 'Condition',
  subject,
  ...(clinical ? { clinicalStatus: { coding: [{ system: CLINS, code: clinical }] } } : {}),
  ...(ver ? { verificationStatus: { coding: [{ system: VERS, code: ver }] } } : {}),
  category: [{ coding: [{ system: CAT, code: 'problem-list-item' }] }],
  code,
  ...extra,
});
const medS = (text: string, status: string, period: object, dose?: string) => ({
  resourceType: 'MedicationStatement',
  status,
  subject,
  medicationCodeableConcept: { text },
  effectivePeriod: period,
  ...(dose ? { dosage: [{ text: dose }] } : {}),
});
const medR = (text: string, status: string, authoredOn: string, dose: string, extra = {}) => ({
  resourceType: 'MedicationRequest',
  status,
  intent: 'order',
  subject,
  medicationCodeableConcept: { text },
  authoredOn,
  dosageInstruction: [{ text: dose }],
  ...extra,
});
const proc = (code: object, date: string, extra: object = {}) => ({
  resourceType: 'Procedure',
  status: 'completed',
  subject,
  code,
  performedDateTime: date,
  ...extra,
});
const CMT = cc(CPT, '98940', 'Chiropractic manipulative treatment (CMT); spinal, 1-2 regions');
const DISSECTION = ['230730001', 'Dissection of vertebral artery'] as const;
const R42 = ['R42', 'Dizziness and giddiness', 'Dizziness'] as const;
const GCS_PART = (code: string, display: string, v: number) => ({
  code: cc(LOINC, code, display),
  valueQuantity: score(v),
});

const CI = 'contraindicated';
const EMER: Expectation = { urg: 'emergency', manip: CI, czm: CI, bm: CI, ex: CI };
const ALLCLEAR: Expectation = {
  atMost: { manip: 'clear', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
};
const ALLCLEAR_T =
  'nothing present (FS-1: refuted / entered-in-error / normal values are not findings): all four clear, urgency none';
/** Caution for manipulation and collar-zone massage, nothing more. */
const CAUTION2: Expectation = {
  manip: 'caution',
  czm: 'caution',
  atMost: { manip: 'caution', czm: 'caution', bm: 'clear', ex: 'clear', urg: 'none' },
};
const ANTI: Expectation = { manip: 'caution' };
const ANTI_T = 'an anticoagulant taken (IF precaution): manip at least caution';

type Kind = 'miss' | 'false-alarm' | 'control';
/** A whole FHIR patient: every finding answered "no", `res` added; within the round's bounds. */
const FV =
  (kind: Kind) =>
  (id: string, res: object[], e: Expectation, text: string): void =>
    it(`${id} (${kind}): ${text}`, () => {
      expect(outside(caseOf([], ...res), e)).toEqual([]);
    });
/** A miss: at least the round's lower bounds. */
const miss = FV('miss');
/** A false alarm: at most the round's upper bounds. */
const alarm = FV('false-alarm');
const control = FV('control');

describe('FHIR from EHRs, round 51 (FA18-FA22, FB, NC11, Z1): statuses and codes as written', () => {
  alarm(
    'FA18',
    [
      medS(
        'Warfarin 5 mg tablet',
        'stopped',
        { start: '2019-01-01', end: '2025-03-01' },
        'As directed by anticoagulation clinic',
      ),
    ],
    ALLCLEAR,
    'MedicationStatement "Warfarin 5 mg tablet" status stopped, 2019-01-01..2025-03-01: anticoagulant stopped 2025 (s5: anticoagulants taken): all clear',
  );
  miss(
    'FA19',
    [
      medS(
        'Apixaban 5 mg tablet',
        'on-hold',
        { start: '2025-06-01' },
        '5 mg twice daily - held 48h for dental extraction',
      ),
    ],
    ANTI,
    'MedicationStatement "Apixaban 5 mg tablet" status on-hold, from 2025-06-01, dosage "5 mg twice daily - held 48h for dental extraction": on hold for a procedure is still an anticoagulant patient (IF precaution): manip at least caution',
  );
  miss(
    'FA20',
    [
      medR(
        'Rivaroxaban 20 MG Oral Tablet',
        'active',
        '2026-09-01',
        '20 mg once daily with the evening meal',
      ),
    ],
    ANTI,
    'MedicationRequest "Rivaroxaban 20 MG Oral Tablet" active, intent order, authored 2026-09-01: ' +
      ANTI_T,
  );
  alarm(
    'FA21',
    [
      medR('Warfarin sodium 3 MG Oral Tablet', 'stopped', '2021-01-10', 'Take as directed', {
        dispenseRequest: { validityPeriod: { start: '2021-01-10', end: '2021-07-10' } },
      }),
    ],
    ALLCLEAR,
    'MedicationRequest "Warfarin sodium 3 MG Oral Tablet" status stopped, authored 2021-01-10, validity to 2021-07-10: order stopped in 2021 (not taken now): all clear',
  );
  alarm(
    'FA22',
    [
      medS(
        'Eliquis 5 mg tablet',
        'entered-in-error',
        { start: '2026-10-01' },
        '1 tablet twice daily',
      ),
    ],
    ALLCLEAR,
    'MedicationStatement "Eliquis 5 mg tablet" status entered-in-error: ' + ALLCLEAR_T,
  );
  alarm(
    'FB1',
    [
      medS(
        'Apixaban 5 mg tablet',
        'completed',
        { start: '2025-05-01' },
        '5 mg BD for 6 months (provoked DVT) - course completed',
      ),
    ],
    ALLCLEAR,
    'MedicationStatement "Apixaban 5 mg tablet" status completed, effectivePeriod start 2025-05-01 and no end, dosage "5 mg BD for 6 months (provoked DVT) - course completed": a completed 6-month course from May 2025 is not taken now (s5 anticoagulants = taken): all clear',
  );
  alarm(
    'FB2',
    [
      medS(
        'Warfarin 3 mg tablet',
        'stopped',
        { start: '2018-02-01' },
        'Stopped 2022 - switched to aspirin by cardiology',
      ),
    ],
    ALLCLEAR,
    'MedicationStatement "Warfarin 3 mg tablet" status stopped, start 2018-02-01, no end, dosage "Stopped 2022 - switched to aspirin by cardiology": stopped (status and words say 2022): not taken now, all clear',
  );
  alarm(
    'FB3',
    [
      medS(
        'Heparin lock flush 10 units/mL injection',
        'active',
        { start: '2026-11-20' },
        '5 mL to flush PICC line after each use',
      ),
    ],
    { atMost: { manip: 'caution', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' } },
    'MedicationStatement "Heparin lock flush 10 units/mL injection", active, dosage "5 mL to flush PICC line after each use": a catheter lock flush is no systemic anticoagulant (at most the anticoagulant precaution, manip caution): nothing more',
  );
  miss(
    'FB4',
    [
      {
        resourceType: 'MedicationStatement',
        status: 'active',
        subject,
        contained: [
          {
            resourceType: 'Medication',
            id: 'm1',
            code: {
              coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '1364430' }],
            },
          },
        ],
        medicationReference: { reference: '#m1' },
        effectivePeriod: { start: '2026-03-01' },
        dosage: [{ text: '5 mg twice daily' }],
      },
    ],
    ANTI,
    'MedicationStatement active -> contained Medication coded RxNorm 1364430 only (no name): ' +
      ANTI_T +
      ' (RxNorm apixaban by code)',
  );
  miss(
    'FB5',
    [
      condX(
        cc(SNO, ...DISSECTION, 'Suspected L vertebral artery dissection - CTA booked'),
        'active',
        'provisional',
        { recordedDate: '2026-11-25' },
      ),
    ],
    { manip: 'not-cleared', czm: 'not-cleared', bm: 'not-cleared', ex: 'not-cleared' },
    'Condition 230730001 "Suspected L vertebral artery dissection - CTA booked", active, verificationStatus provisional, recorded 2026-11-25: suspected dissection (IF: do not treat, refer): at least unknown (FS-1); dissection of unknown / recent onset is an emergency (s4), so with it unknown all four are at least not-cleared',
  );
  miss(
    'FB6',
    [
      proc(CMT, '2026-11-21', { bodySite: [{ text: 'Cervical spine' }] }),
      condX({ text: 'Vertigo' }, 'active', 'confirmed', {
        onsetDateTime: '2026-11-22',
        recordedDate: '2026-11-24',
      }),
    ],
    EMER,
    'Procedure CPT 98940 (cervical) 2026-11-21 + Condition "Vertigo" onset 2026-11-22: a triad feature (dizziness) with onset 1 day after a cervical manipulation, within the last 14 d (s9): emergency',
  );
  alarm(
    'FB7',
    [
      proc(CMT, '2026-11-21', {
        bodySite: [
          {
            coding: [{ system: SNO, code: '122496007', display: 'Lumbar spine structure' }],
            text: 'Lumbar spine',
          },
        ],
      }),
    ],
    ALLCLEAR,
    'Procedure CPT 98940 2026-11-21, bodySite "Lumbar spine": a lumbar manipulation is no neck manipulation (s9 recent-cervical-manipulation): all clear',
  );
  alarm(
    'FB8',
    [
      condX(
        cc(
          ICD,
          'I69.30',
          'Unspecified sequelae of cerebral infarction',
          'Old CVA with no residual deficit',
        ),
        'active',
        'confirmed',
        { onsetDateTime: '2014-05-01', recordedDate: '2014-06-01' },
      ),
    ],
    CAUTION2,
    'Condition I69.30 "Old CVA with no residual deficit", onset 2014-05-01: older stroke (s5): caution for manip and czm only',
  );
  alarm(
    'FB9',
    [
      condX({ text: 'History of stroke in 2010, no residual deficit' }, 'inactive', 'confirmed', {
        recordedDate: '2026-11-20',
      }),
    ],
    CAUTION2,
    'Condition "History of stroke in 2010, no residual deficit", inactive, recordedDate 2026-11-20, no onset: a stroke in 2010 (s5 older stroke: caution); the record date is not its onset',
  );
  miss(
    'FB10',
    [
      {
        resourceType: 'Encounter',
        status: 'finished',
        class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'EMER' },
        subject,
        period: { start: '2026-11-24T09:00:00Z', end: '2026-11-24T10:00:00Z' },
        reasonCode: [cc(ICD, ...R42)],
      },
      proc({ text: 'Neck massage (spa)' }, '2026-11-23'),
    ],
    { urg: 'urgent', czm: 'not-cleared' },
    'Procedure "Neck massage (spa)" 2026-11-23 + Encounter EMER 2026-11-24 reason R42 "Dizziness": dizziness newly appearing the day after a neck massage (s9: urgent); with a triad feature present, czm is at least held (could be more)',
  );
  miss(
    'FB11',
    [condX(cc(SNO, ...DISSECTION), 'active', null, { recordedDate: '2026-11-25' })],
    EMER,
    'Condition 230730001 coded only, clinicalStatus active, no verificationStatus, recorded 2026-11-25: VA dissection recorded yesterday (s4: onset <=14 d or unknown -> emergency)',
  );
  alarm(
    'FB12',
    [
      condX(cc(ICD, ...R42), 'resolved', 'refuted', { recordedDate: '2026-11-24' }),
      condX(cc(ICD, 'H53.2', 'Diplopia', 'Diplopia'), null, 'entered-in-error', {
        recordedDate: '2026-11-24',
      }),
    ],
    ALLCLEAR,
    'Condition R42 "Dizziness" refuted; Condition H53.2 "Diplopia" entered-in-error (recorded 2026-11-24): refuted / entered-in-error are no findings (FS-1): all clear',
  );
  miss(
    'FB13',
    [
      {
        resourceType: 'Observation',
        status: 'final',
        subject,
        category: [{ coding: [{ system: OBS_CAT, code: 'vital-signs' }] }],
        code: cc(LOINC, '9269-2', 'Glasgow coma score total'),
        effectiveDateTime: '2026-11-25T11:00:00Z',
        valueQuantity: score(13),
        component: [
          GCS_PART('9267-6', 'Glasgow coma score eye opening', 3),
          GCS_PART('9270-0', 'Glasgow coma score verbal', 4),
          GCS_PART('9268-4', 'Glasgow coma score motor', 6),
        ],
      },
    ],
    EMER,
    'Observation GCS 9269-2 = 13 with components E3 V4 M6 (2026-11-25): GCS 13 (confused, E3 V4) = reduced consciousness (s9 red flag), yesterday: emergency',
  );
  alarm(
    'FB14',
    [
      medR(
        'Apixaban 5 MG Oral Tablet',
        'active',
        '2026-11-25',
        'Start after discharge from 2026-12-01: 5 mg twice daily',
        { intent: 'plan' },
      ),
    ],
    ALLCLEAR,
    'MedicationRequest apixaban status active, intent plan ("Start after discharge from 2026-12-01"): a plan is not taken now: all clear',
  );
  alarm(
    'NC11',
    [
      condX(cc(SNO, '195967001', 'Asthma', 'Asthma'), 'active', 'confirmed', {
        onsetDateTime: '2001-01-01',
      }),
      condX(cc(ICD, 'M54.2', 'Cervicalgia', 'Neck pain'), 'active', 'confirmed', {
        onsetDateTime: '2026-08-01',
      }),
      condX(
        cc(ICD, 'S13.4XXA', 'Sprain of ligaments of cervical spine, initial encounter', 'Whiplash'),
        'resolved',
        'confirmed',
        { onsetDateTime: '2012-03-01', abatementDateTime: '2012-06-01' },
      ),
      medS('Salbutamol 100 micrograms inhaler', 'active', { start: '2020-01-01' }, '2 puffs PRN'),
    ],
    { atMost: { manip: 'clear', czm: 'caution', bm: 'caution', ex: 'clear', urg: 'none' } },
    'Conditions asthma (active), M54.2 cervicalgia (active 2026-08), S13.4XXA whiplash resolved 2012 (abated 2012-06), salbutamol inhaler: old whiplash 2012 (s9 >180 d: caution at most); nothing recent: manip clear, czm/bm at most caution',
  );
  control(
    'Z1',
    [],
    ALLCLEAR,
    'the screened FHIR patient, all answered, nothing added: nothing read: all four clear, urgency none',
  );
});
