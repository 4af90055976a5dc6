/**
 * FHIR from EHRs, round 51's probes (/tmp/probe51/head.md), first part: FA1-FA17 and FA23-FA27,
 * FHIR-heavy patients as EHRs write them (blood-pressure panels with a body position and
 * supine/standing LOINC Observations, an INR, a Glasgow Coma Scale, problems with clinical and
 * verification statuses, visit reasons, a cranial-nerve panel, a smoking status). The second part
 * (the medications FA18-FA22, FB1-FB14, NC11, Z1) is fhir-r51-ehr-b.spec.ts. A screened patient
 * (assessed on 2026-11-26, every finding answered "no", so the EHR's present wins, FS-3) with the
 * resources written added. Each probe asserts the round's bounds: lower bounds for a miss, upper
 * bounds (`atMost`) for a false alarm. FA8 failed on 0b41ef5 and passes since 633b411 (its point
 * findings and counter-cases are fhir-r51.spec.ts). FA5 is known open, kept and not run (`xit`).
 * The case-file probes are testing/probes/probe-cases-r51-*.ts. Synthetic data.
 */
import { outside } from '../testing/probe-bounds';
import { caseOf, subject } from '../testing/fhir-ehr-fixtures';
import { type Expectation } from '../testing/probes/probe-model';

const LOINC = 'http://loinc.org';
const SNO = 'http://snomed.info/sct';
const ICD = 'http://hl7.org/fhir/sid/icd-10-cm';
const CLINS = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
const VERS = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
const CAT = 'http://terminology.hl7.org/CodeSystem/condition-category';
const OBS_CAT = 'http://terminology.hl7.org/CodeSystem/observation-category';
const INTERP = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
const cc = (system: string, code: string, display: string, text?: string) => ({
  coding: [{ system, code, display }],
  ...(text ? { text } : {}),
});
const q = (value: number, unit: string, code = unit) => ({
  value,
  unit,
  system: 'http://unitsofmeasure.org',
  code,
});
const interp = (code: string) => ({ interpretation: [{ coding: [{ system: INTERP, code }] }] });
/** A final vital-signs Observation. */
const obs = (code: object, effective: string, extra: object) => ({
  resourceType: 'Observation',
  status: 'final',
  subject,
  category: [{ coding: [{ system: OBS_CAT, code: 'vital-signs' }] }],
  code,
  effectiveDateTime: effective,
  ...extra,
});
const POS = 'http://hl7.org/fhir/StructureDefinition/observation-bodyPosition';
/** A blood-pressure panel 85354-9 in a body position (SNOMED). */
const bp = (sys: number, dia: number, at: string, pos: string, posName: string) =>
  obs(cc(LOINC, '85354-9', 'Blood pressure panel with all children optional'), at, {
    component: [
      {
        code: cc(LOINC, '8480-6', 'Systolic blood pressure'),
        valueQuantity: q(sys, 'mmHg', 'mm[Hg]'),
      },
      {
        code: cc(LOINC, '8462-4', 'Diastolic blood pressure'),
        valueQuantity: q(dia, 'mmHg', 'mm[Hg]'),
      },
    ],
    extension: [{ url: POS, valueCodeableConcept: cc(SNO, pos, posName) }],
  });
const SUPINE = ['40199007', 'Supine body position'] as const;
const STANDING = ['10904000', 'Orthostatic body position'] as const;
/** One blood-pressure value Observation (LOINC) in mmHg. */
const mmHg = (code: string, display: string, at: string, v: number) =>
  obs(cc(LOINC, code, display), at, { valueQuantity: q(v, 'mmHg', 'mm[Hg]') });
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
const encX = (reason: object, start: string, cls: string) => ({
  resourceType: 'Encounter',
  status: 'finished',
  class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: cls },
  subject,
  period: { start: `${start}T09:00:00Z`, end: `${start}T10:00:00Z` },
  reasonCode: [reason],
});
const INR = cc(LOINC, '6301-6', 'INR in Platelet poor plasma by Coagulation assay');
const GCS = cc(LOINC, '9269-2', 'Glasgow coma score total');
const SMOKING = cc(LOINC, '72166-2', 'Tobacco smoking status');
const DISSECTION = ['230730001', 'Dissection of vertebral artery'] as const;
const TIA = ['G45.9', 'Transient cerebral ischemic attack, unspecified', 'TIA'] as const;
const AT = '2026-11-25T09:10:00Z';
const AT3 = '2026-11-25T09:13:00Z';
const AT11 = '2026-11-25T11:00:00Z';

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
const ORTHO: Expectation = { czm: 'contraindicated' };

type Kind = 'miss' | 'false-alarm';
/**
 * A whole FHIR patient: every finding answered "no", `res` added; within the round's bounds.
 * `open`: known open, the reason (the probe is kept with the round's bounds, not run).
 */
const FV =
  (kind: Kind) => (id: string, res: object[], e: Expectation, text: string, open?: string) => {
    const test = (): void => {
      expect(outside(caseOf([], ...res), e)).toEqual([]);
    };
    if (open) xit(`${id} (${kind}, known open: ${open}): ${text}`, test);
    else it(`${id} (${kind}): ${text}`, test);
  };
/** A miss: at least the round's lower bounds. */
const miss = FV('miss');
/** A false alarm: at most the round's upper bounds. */
const alarm = FV('false-alarm');

describe('FHIR from EHRs, round 51 (FA): observations, problems, visits', () => {
  alarm(
    'FA1',
    [
      bp(124, 78, AT, '33586001', 'Sitting position'),
      obs(cc(LOINC, '8867-4', 'Heart rate'), AT, { valueQuantity: q(72, '/min') }),
    ],
    ALLCLEAR,
    'Observation BP panel 85354-9 sitting 124/78 mmHg + Heart rate 8867-4 72 /min (2026-11-25): nothing present (FS-1: refuted / entered-in-error / normal values are not findings): all four clear, urgency none (a normal BP and pulse name no finding)',
  );
  miss(
    'FA2',
    [bp(138, 86, AT, ...SUPINE), bp(112, 74, AT3, ...STANDING)],
    ORTHO,
    'BP panel 85354-9 supine 138/86 at 09:10, BP panel standing (bodyPosition 10904000) 112/74 at 09:13 (drop 26/12): measured orthostatic hypotension (s5: systolic drop >=20 within 3 min): czm contraindicated',
  );
  alarm(
    'FA3',
    [bp(134, 84, AT, ...SUPINE), bp(124, 80, AT3, ...STANDING)],
    ALLCLEAR,
    'BP panel supine 134/84 at 09:10, standing 124/80 at 09:13 (drop 10/4): drop below 20/10 (s5): no orthostatic reaction, all clear',
  );
  miss(
    'FA4',
    [
      mmHg('8461-6', 'Systolic blood pressure--supine', AT, 142),
      mmHg('8455-8', 'Diastolic blood pressure--supine', AT, 88),
      mmHg('8460-8', 'Systolic blood pressure--standing', '2026-11-25T09:12:00Z', 130),
      mmHg('8454-1', 'Diastolic blood pressure--standing', '2026-11-25T09:12:00Z', 76),
    ],
    ORTHO,
    'separate Observations: supine 142/88 (8461-6/8455-8) 09:10, standing 130/76 (8460-8/8454-1) 09:12 (diastolic drop 12): s5: diastolic drop >=10 within 3 min: orthostatic -> czm contraindicated',
  );
  // Known open: no rule says whether an INR alone (no medication on file) is an anticoagulant
  // taken or a clotting disorder; the round called its own expectation the weakest of its
  // three misses (an inference from the rule list, not a rule text). Kept, not run.
  miss(
    'FA5',
    [
      obs(INR, '2026-11-24', {
        valueQuantity: q(2.7, '{INR}'),
        category: [{ coding: [{ system: OBS_CAT, code: 'laboratory' }] }],
        ...interp('H'),
        referenceRange: [{ low: { value: 0.8 }, high: { value: 1.2 } }],
      }),
    ],
    { manip: 'caution' },
    'lab Observation INR 6301-6 = 2.7 {INR}, interpretation H (ref 0.8-1.2), 2026-11-24: INR 2.7 means either an anticoagulant taken or a clotting disorder, both IF precautions (s5): manip at least caution',
    'an INR of 2.7 as a lab Observation with no medication: no rule says whether an INR alone is an anticoagulant or a clotting disorder',
  );
  alarm(
    'FA6',
    [obs(INR, '2026-11-24', { valueQuantity: q(1.0, '{INR}'), ...interp('N') })],
    ALLCLEAR,
    'lab Observation INR 6301-6 = 1.0, interpretation N: ' + ALLCLEAR_T,
  );
  alarm(
    'FA7',
    [obs(GCS, AT11, { valueQuantity: q(15, '{score}') })],
    ALLCLEAR,
    'Observation GCS total 9269-2 = 15 (2026-11-25): GCS 15 is full consciousness: no reduced-consciousness, all clear',
  );
  miss(
    'FA8',
    [obs(GCS, AT11, { valueQuantity: q(12, '{score}'), ...interp('L') })],
    EMER,
    'Observation GCS total 9269-2 = 12, interpretation L (2026-11-25): GCS 12 = reduced consciousness (s9 red flag), onset yesterday: emergency, all contraindicated',
  );
  miss(
    'FA9',
    [
      condX(cc(SNO, ...DISSECTION, 'Left vertebral artery dissection'), 'resolved', 'confirmed', {
        onsetDateTime: '2023-04-10',
        abatementDateTime: '2023-10-01',
      }),
    ],
    { manip: 'contraindicated', czm: 'contraindicated', urg: 'urgent' },
    'Condition SNOMED 230730001 "Left vertebral artery dissection", clinicalStatus resolved, confirmed, onset 2023-04-10, abated 2023-10-01: dissection at any time (s5): manip+czm contraindicated; older than 14 d: urgent (s4)',
  );
  alarm(
    'FA10',
    [
      condX(cc(SNO, ...DISSECTION, '?vertebral artery dissection'), 'inactive', 'refuted', {
        recordedDate: '2026-11-24',
        note: [{ text: 'CTA 24/11: no dissection' }],
      }),
    ],
    ALLCLEAR,
    'Condition SNOMED 230730001 "?vertebral artery dissection", verificationStatus refuted (CTA: no dissection), recorded 2026-11-24: refuted = absent (FS-1): all clear',
  );
  alarm(
    'FA11',
    [
      condX(
        cc(ICD, 'I63.9', 'Cerebral infarction, unspecified', 'Cerebral infarction'),
        'active',
        'entered-in-error',
        { recordedDate: '2026-11-20' },
      ),
    ],
    ALLCLEAR,
    'Condition ICD-10-CM I63.9 "Cerebral infarction", active but verificationStatus entered-in-error: entered-in-error is not a finding: all clear',
  );
  alarm(
    'FA12',
    [
      condX(
        cc(ICD, 'J18.9', 'Pneumonia, unspecified organism', 'Community acquired pneumonia'),
        'resolved',
        'confirmed',
        { onsetDateTime: '2024-01-05', abatementDateTime: '2024-02-01' },
      ),
    ],
    ALLCLEAR,
    'Condition J18.9 "Community acquired pneumonia", resolved, onset 2024-01-05, abated 2024-02-01 (intake infection: no): an infection that ended in 2024 is not a present infection; intake said no (s5 infection present contraindicates; FS-1 answered): all clear',
  );
  alarm(
    'FA13',
    [
      condX(
        cc(SNO, '254837009', 'Malignant neoplasm of breast', 'Carcinoma of left breast'),
        'remission',
        'confirmed',
        { onsetDateTime: '2017-03-01' },
      ),
    ],
    CAUTION2,
    'Condition SNOMED 254837009 "Carcinoma of left breast", clinicalStatus remission, onset 2017: cancer in remission = history of cancer (s5: caution for czm and manip), not active malignancy',
  );
  miss(
    'FA14',
    [
      condX(
        cc(
          ICD,
          'C34.90',
          'Malignant neoplasm of unspecified part of unspecified bronchus or lung',
          'Non-small cell lung cancer',
        ),
        'active',
        'confirmed',
        { onsetDateTime: '2026-08-01' },
      ),
    ],
    { manip: 'contraindicated', czm: 'contraindicated' },
    'Condition C34.90 "Non-small cell lung cancer", active, confirmed, onset 2026-08-01: active malignancy (s5 ART/FR): manip+czm contraindicated',
  );
  miss(
    'FA15',
    [condX(cc(ICD, ...TIA), 'resolved', 'confirmed', { onsetDateTime: '2026-09-15' })],
    { manip: 'contraindicated', czm: 'caution' },
    'Condition G45.9 "TIA", resolved, onset 2026-09-15 (72 d): TIA within 180 d (s5 IF): manip contraindicated; TIA -> czm caution',
  );
  alarm(
    'FA16',
    [condX(cc(ICD, ...TIA), 'resolved', 'confirmed', { onsetDateTime: '2023-02-10' })],
    CAUTION2,
    'Condition G45.9 "TIA", resolved, onset 2023-02-10: older TIA (s5): caution for manip and czm, nothing more',
  );
  miss(
    'FA17',
    [
      condX(cc(ICD, 'I10', 'Essential (primary) hypertension'), 'active', 'confirmed', {
        onsetDateTime: '2019-05-01',
      }),
    ],
    {
      manip: 'caution',
      atMost: { manip: 'caution', czm: 'clear', bm: 'clear', ex: 'clear', urg: 'none' },
    },
    'Condition I10 coded only (display "Essential (primary) hypertension"), active: hypertension (s5 IF precaution): manip caution; nothing else',
  );
  miss(
    'FA23',
    [
      encX(
        cc(SNO, '230690007', 'Cerebrovascular accident', 'CVA - L cerebellar'),
        '2026-11-18',
        'IMP',
      ),
    ],
    { manip: 'contraindicated', czm: 'contraindicated' },
    'Encounter IMP 2026-11-18 reasonCode SNOMED 230690007 "CVA - L cerebellar": stroke with onset <=180 d or unknown (s5 IF/ART, s8): manip+czm contraindicated',
  );
  miss(
    'FA24',
    [
      encX(
        { text: 'Dizziness and double vision since a neck massage at a spa 2 days ago' },
        '2026-11-25',
        'EMER',
      ),
    ],
    EMER,
    'Encounter EMER 2026-11-25 reason "Dizziness and double vision since a neck massage at a spa 2 days ago": diplopia with onset in the last 14 days and after neck massage (s4, s9): emergency, all contraindicated',
  );
  miss(
    'FA25',
    [
      obs(
        {
          text: 'Cranial nerve examination',
          coding: [
            { system: LOINC, code: '32473-3', display: 'Physical findings of Cranial nerves' },
          ],
        },
        AT11,
        {
          component: [
            {
              code: cc(SNO, '24982008', 'Diplopia'),
              valueCodeableConcept: cc(SNO, '2667000', 'Absent'),
            },
            {
              code: cc(SNO, '563001', 'Nystagmus'),
              valueCodeableConcept: cc(
                SNO,
                '52101004',
                'Present',
                'Horizontal nystagmus on left gaze',
              ),
            },
          ],
        },
      ),
    ],
    EMER,
    'Observation cranial nerve exam panel 2026-11-25: component Diplopia = Absent, component Nystagmus = Present: nystagmus present, onset yesterday (s4): emergency, all contraindicated',
  );
  alarm(
    'FA26',
    [
      obs(SMOKING, '2026-11-25', {
        valueCodeableConcept: cc(SNO, '8517006', 'Ex-smoker (finding)'),
        category: [{ coding: [{ system: OBS_CAT, code: 'social-history' }] }],
      }),
    ],
    ALLCLEAR,
    'Observation 72166-2 Tobacco smoking status = SNOMED 8517006 "Ex-smoker": ex-smoker is not smoking (s5 precaution smoking): all clear',
  );
  miss(
    'FA27',
    [
      obs(SMOKING, '2026-11-25', {
        valueCodeableConcept: cc(SNO, '449868002', 'Smokes tobacco daily (finding)'),
      }),
    ],
    { manip: 'caution' },
    'Observation 72166-2 Tobacco smoking status = SNOMED 449868002 "Smokes tobacco daily": smoking (s5 IF precaution): manip caution',
  );
});
