/** Case file (+ its assessment) → FHIR R4 collection Bundle. Pure; types from @types/fhir. */
import type {
  Bundle,
  BundleEntry,
  CodeableConcept,
  Coding,
  Condition,
  DetectedIssue,
  DiagnosticReport,
  Extension,
  FhirResource,
  MedicationStatement,
  Observation,
  Patient,
  Procedure,
  Reference,
  RiskAssessment,
  ServiceRequest,
} from 'fhir/r4';
import { findingLabel, isFindingId, type FindingId } from '../finding-ids';
import { MODALITIES, type Assessment, type CaseFile, type FindingValue } from '../model';
import { EXT, imagingLoinc, isObservationFinding, LOINC_PAIN, SNOMED, SYS } from './codes';

const b64 = (text: string): string => {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
};

export function findingConcept(id: FindingId): CodeableConcept {
  const coding: Coding[] = [{ system: SYS.finding, code: id, display: findingLabel(id) }];
  const snomed = SNOMED[id];
  if (snomed) coding.push({ system: SYS.snomed, ...snomed });
  return { coding, text: findingLabel(id) };
}

const ext = (url: string, value: Omit<Extension, 'url'>): Extension => ({ url, ...value });

export function caseToBundle(c: CaseFile, a: Assessment): Bundle {
  const pid = safeId(c.id);
  const patientRef: Reference = { reference: `Patient/${pid}` };
  const entries: FhirResource[] = [];
  const synthetic = c['synthetic'] === true;

  const patient: Patient = {
    resourceType: 'Patient',
    id: pid,
    identifier: [{ system: SYS.caseId, value: c.id }],
    ...(synthetic
      ? { meta: { tag: [{ system: SYS.actReason, code: 'HTEST', display: 'test health data' }] } }
      : {}),
    ...(c.patient?.name ? { name: [{ text: c.patient.name }] } : {}),
    ...(c.patient?.sex ? { gender: c.patient.sex } : {}),
    ...(c.patient?.birthDate ? { birthDate: c.patient.birthDate } : {}),
  };
  entries.push(patient);

  const observationIds: string[] = [];
  for (const key of Object.keys(c.findings)) {
    if (!isFindingId(key)) continue;
    const v = c.findings[key] as FindingValue | undefined;
    const present = v === true || v === false ? v : v && typeof v === 'object' ? v.present : null;
    const detail = v && typeof v === 'object' ? v : null;
    const unanswered = present === null || present === undefined;
    // Unknown: nothing is asserted, unless the entry carries an onset or a note to keep.
    if (unanswered && !detail?.onset && !detail?.note) continue;
    const id = `${pid}-${key}`;
    if (isObservationFinding(key)) {
      const o: Observation = {
        resourceType: 'Observation',
        id,
        status: 'final',
        category: [{ coding: [{ system: SYS.observationCategory, code: 'exam' }] }],
        code: findingConcept(key),
        subject: patientRef,
        ...(unanswered
          ? { dataAbsentReason: { coding: [{ system: SYS.dataAbsent, code: 'unknown' }] } }
          : { valueBoolean: present }),
        ...(detail?.onset ? { effectiveDateTime: detail.onset } : {}),
        ...(detail?.note ? { note: [{ text: detail.note }] } : {}),
      };
      observationIds.push(id);
      entries.push(o);
    } else {
      const cond: Condition = {
        resourceType: 'Condition',
        id,
        ...(unanswered
          ? { extension: [ext(EXT.unanswered, { valueBoolean: true })] }
          : {
              clinicalStatus: {
                coding: [{ system: SYS.conditionClinical, code: present ? 'active' : 'inactive' }],
              },
              verificationStatus: {
                coding: [
                  { system: SYS.conditionVerification, code: present ? 'confirmed' : 'refuted' },
                ],
              },
            }),
        code: findingConcept(key),
        subject: patientRef,
        ...(detail?.onset ? { onsetDateTime: detail.onset } : {}),
        ...(detail?.note ? { note: [{ text: detail.note }] } : {}),
      };
      entries.push(cond);
    }
  }

  (c.imaging ?? []).forEach((s, i) => {
    const loinc = imagingLoinc(s.modality, s.region);
    const report: DiagnosticReport = {
      resourceType: 'DiagnosticReport',
      id: `${pid}-imaging-${i}`,
      status: 'final',
      category: [{ coding: [{ system: SYS.diagnosticService, code: 'RAD' }] }],
      code: {
        coding: [
          { system: SYS.imaging, code: s.modality },
          ...(loinc ? [{ system: SYS.loinc, ...loinc }] : []),
        ],
        text: `${s.modality} ${s.region}`,
      },
      extension: [
        ext(EXT.region, { valueCode: s.region }),
        ...(s.rejectedFindings ?? []).map((f) => ext(EXT.rejected, { valueCode: f })),
        ...(s.absentFindings ?? []).map((f) => ext(EXT.absent, { valueCode: f })),
      ],
      subject: patientRef,
      ...(s.date ? { effectiveDateTime: s.date } : {}),
      ...(s.report
        ? {
            conclusion: s.report,
            presentedForm: [{ contentType: 'text/plain; charset=utf-8', data: b64(s.report) }],
          }
        : {}),
      ...((s.findings ?? []).length > 0
        ? { conclusionCode: (s.findings ?? []).map(findingConcept) }
        : {}),
    };
    entries.push(report);
  });

  (c.sessions ?? []).forEach((s, i) => {
    const procId = `${pid}-session-${i}`;
    const extensions: Extension[] = [];
    if (s.course) extensions.push(ext(EXT.course, { valueInteger: s.course }));
    if (s.painHours !== null && s.painHours !== undefined)
      extensions.push(ext(EXT.painHours, { valueDecimal: s.painHours }));
    if (s.rednessHours !== null && s.rednessHours !== undefined)
      extensions.push(ext(EXT.rednessHours, { valueDecimal: s.rednessHours }));
    for (const k of ['swelling', 'painWorseWithMovement', 'analgesicsIneffective'] as const) {
      const value = s[k];
      if (typeof value === 'boolean') extensions.push(ext(EXT[k], { valueBoolean: value }));
    }
    const proc: Procedure = {
      resourceType: 'Procedure',
      id: procId,
      status: 'completed',
      code: { coding: [{ system: SYS.modality, code: s.modality }], text: s.modality },
      subject: patientRef,
      performedDateTime: s.date,
      ...(extensions.length > 0 ? { extension: extensions } : {}),
      ...((s.newSymptoms ?? []).length > 0
        ? { complication: (s.newSymptoms ?? []).map(findingConcept) }
        : {}),
    };
    entries.push(proc);
    const rating = (
      suffix: string,
      code: CodeableConcept,
      value: number,
      timing?: string,
    ): Observation => ({
      resourceType: 'Observation',
      id: `${procId}-${suffix}`,
      status: 'final',
      code,
      subject: patientRef,
      partOf: [{ reference: `Procedure/${procId}` }],
      effectiveDateTime: s.date,
      valueInteger: value,
      ...(timing ? { extension: [ext(EXT.timing, { valueCode: timing })] } : {}),
    });
    const pain: CodeableConcept = {
      coding: [
        {
          system: SYS.loinc,
          code: LOINC_PAIN,
          display: 'Pain severity 0-10 verbal numeric rating',
        },
      ],
    };
    if (s.painBefore !== null && s.painBefore !== undefined)
      entries.push(rating('pain-before', pain, s.painBefore, 'before'));
    if (s.painAfter !== null && s.painAfter !== undefined)
      entries.push(rating('pain-after', pain, s.painAfter, 'after'));
    if (s.dizziness !== null && s.dizziness !== undefined)
      entries.push(rating('dizziness', findingConcept('dizziness'), s.dizziness));
    if (s.headache !== null && s.headache !== undefined)
      entries.push(rating('headache', findingConcept('headache'), s.headache));
  });

  (c.medications ?? []).forEach((m, i) => {
    const ms: MedicationStatement = {
      resourceType: 'MedicationStatement',
      id: `${pid}-medication-${i}`,
      status: m.end ? 'completed' : 'active',
      medicationCodeableConcept: { text: m.name },
      subject: patientRef,
      ...(m.start || m.end
        ? {
            effectivePeriod: {
              ...(m.start ? { start: m.start } : {}),
              ...(m.end ? { end: m.end } : {}),
            },
          }
        : {}),
      ...(m.form || m.analgesic !== undefined
        ? {
            extension: [
              ...(m.form ? [ext(EXT.form, { valueString: m.form })] : []),
              ...(m.analgesic !== undefined
                ? [ext(EXT.analgesic, { valueBoolean: m.analgesic })]
                : []),
            ],
          }
        : {}),
    };
    entries.push(ms);
  });

  if (c.referral) {
    const r = c.referral;
    const sr: ServiceRequest = {
      resourceType: 'ServiceRequest',
      id: `${pid}-referral`,
      status: r.status === 'done' ? 'completed' : 'active',
      intent: 'order',
      code: { text: 'Neurology referral' },
      subject: patientRef,
      ...(r.priority ? { priority: r.priority } : {}),
      ...(r.date ? { authoredOn: r.date } : {}),
      ...(r.from ? { requester: { display: r.from } } : {}),
      ...(r.reason ? { reasonCode: [{ text: r.reason }] } : {}),
      ...(r.status ? { extension: [ext(EXT.referralStatus, { valueCode: r.status })] } : {}),
    };
    entries.push(sr);
  }

  const risk: RiskAssessment = {
    resourceType: 'RiskAssessment',
    id: `${pid}-vas`,
    status: 'final',
    subject: patientRef,
    occurrenceDateTime: c.assessedOn,
    extension: [ext(EXT.assessedOn, { valueDate: c.assessedOn })],
    method: {
      text: `VAS decision support, engine ${a.engineVersion ?? ''}, rules ${a.rulesVersion ?? ''} (unvalidated points)`,
    },
    basis: observationIds.map((id) => ({ reference: `Observation/${id}` })),
    prediction: [
      {
        outcome: { text: 'Vertebral artery syndrome (vertebrobasilar insufficiency)' },
        qualitativeRisk: { coding: [{ system: SYS.level, code: a.vas.level }], text: a.vas.level },
        rationale: a.vas.reasons.map((x) => `${x.rule} (${x.source}): ${x.text}`).join(' | '),
      },
    ],
    note: [{ text: 'Decision support, not diagnosis.' }],
  };
  entries.push(risk);

  for (const m of MODALITIES) {
    const v = a.modalities[m];
    if (v.verdict === 'clear') continue;
    const issue: DetectedIssue = {
      resourceType: 'DetectedIssue',
      id: `${pid}-${m}`,
      status: 'final',
      code: { coding: [{ system: SYS.verdict, code: v.verdict }], text: `${m}: ${v.verdict}` },
      severity:
        v.verdict === 'contraindicated' ? 'high' : v.verdict === 'not-cleared' ? 'moderate' : 'low',
      patient: patientRef,
      identifiedDateTime: c.assessedOn,
      extension: [ext(EXT.modality, { valueCode: m })],
      detail: [
        ...v.reasons.map((r) => `${r.rule} (${r.source}): ${r.text}`),
        ...(v.missing.length ? [`Missing: ${v.missing.join(', ')}`] : []),
      ].join(' | '),
    };
    entries.push(issue);
  }

  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: `${c.assessedOn}T00:00:00Z`,
    entry: entries.map(
      (resource): BundleEntry => ({
        fullUrl: `urn:vas-dashboard:${resource.resourceType}/${resource.id}`,
        resource,
      }),
    ),
  };
}

/** FHIR ids: [A-Za-z0-9-.]{1,64}. */
function safeId(id: string): string {
  const s = id.replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 40);
  return s || 'case';
}
