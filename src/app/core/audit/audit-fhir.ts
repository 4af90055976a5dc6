/**
 * The audit trail as FHIR R4: one AuditEvent per entry, plus one Provenance per decision
 * (docs/security.md says why Provenance), in a `collection` Bundle for download.
 */
import type { AuditEvent, AuditEventEntity, Bundle, Coding, Provenance, Reference } from 'fhir/r4';
import { modalityLabel } from '../../../engine';
import { patientIdOf } from '../repository/fhir/case-resources';
import { APP_CHAIN, type AuditAction, type AuditEntry } from './audit-chain';
import { decisionLabel, reasonLabel } from './decision';

export const SYS_DCM = 'http://dicom.nema.org/resources/ontology/DCM';
export const SYS_REST = 'http://hl7.org/fhir/restful-interaction';
export const SYS_LOCAL = 'urn:vas-dashboard:audit';
const SYS_ENTITY_TYPE = 'http://terminology.hl7.org/CodeSystem/audit-entity-type';
const SYS_OBJECT_ROLE = 'http://terminology.hl7.org/CodeSystem/object-role';
const SYS_SOURCE_TYPE = 'http://terminology.hl7.org/CodeSystem/security-source-type';
const SYS_ROLE_TYPE = 'http://terminology.hl7.org/CodeSystem/extra-security-role-type';
const SYS_PARTICIPANT = 'http://terminology.hl7.org/CodeSystem/provenance-participant-type';
const SYS_DATA_OPERATION = 'http://terminology.hl7.org/CodeSystem/v3-DataOperation';

const PATIENT_RECORD: Coding = { system: SYS_DCM, code: '110110', display: 'Patient Record' };
const EXPORT: Coding = { system: SYS_DCM, code: '110106', display: 'Export' };
const IMPORT: Coding = { system: SYS_DCM, code: '110107', display: 'Import' };
const AUTHENTICATION: Coding = {
  system: SYS_DCM,
  code: '110114',
  display: 'User Authentication',
};
const rest = (code: string): Coding => ({ system: SYS_REST, code });
const local = (code: string, display: string): Coding => ({ system: SYS_LOCAL, code, display });

/** type / subtype / action per audit action (AuditEvent R4: action C R U D E). */
const MAP: Record<AuditAction, { type: Coding; subtype: Coding; action: AuditEvent['action'] }> = {
  create: { type: PATIENT_RECORD, subtype: rest('create'), action: 'C' },
  change: { type: PATIENT_RECORD, subtype: rest('update'), action: 'U' },
  import: { type: IMPORT, subtype: rest('create'), action: 'C' },
  export: { type: EXPORT, subtype: rest('read'), action: 'R' },
  print: { type: EXPORT, subtype: local('print', 'Printed summary'), action: 'R' },
  delete: { type: PATIENT_RECORD, subtype: rest('delete'), action: 'D' },
  'undo-delete': {
    type: PATIENT_RECORD,
    subtype: local('undo-delete', 'Delete undone'),
    action: 'C',
  },
  lock: {
    type: AUTHENTICATION,
    subtype: { system: SYS_DCM, code: '110123', display: 'Logout' },
    action: 'E',
  },
  unlock: {
    type: AUTHENTICATION,
    subtype: { system: SYS_DCM, code: '110122', display: 'Login' },
    action: 'E',
  },
  decision: {
    type: PATIENT_RECORD,
    subtype: local('decision', 'Decision before treatment'),
    action: 'C',
  },
};

export const APP_DEVICE: Reference = { display: 'VAS decision-support dashboard' };
const patientRef = (id: string): Reference => ({ reference: `Patient/${patientIdOf(id)}` });
const who = (user: string): Reference => ({ display: user || 'unnamed user' });
const fhirId = (e: AuditEntry) => `${patientIdOf(e.patientId)}-${e.seq}`.slice(0, 64);

const show = (v: unknown): string => (v === undefined ? '(none)' : JSON.stringify(v));

export function toAuditEvent(e: AuditEntry): AuditEvent {
  const m = MAP[e.action];
  const entity: AuditEventEntity[] = [];
  if (e.patientId !== APP_CHAIN) {
    entity.push({
      what: patientRef(e.patientId),
      type: { system: SYS_ENTITY_TYPE, code: '1', display: 'Person' },
      role: { system: SYS_OBJECT_ROLE, code: '1', display: 'Patient' },
      ...(e.detail ? { description: e.detail } : {}),
      ...(e.changes?.length
        ? {
            detail: e.changes.map((c) => ({
              type: c.path,
              valueString: `${show(c.before)} → ${show(c.after)}`,
            })),
          }
        : {}),
    });
  }
  if (e.decision)
    entity.push({
      what: { reference: `Provenance/${fhirId(e)}` },
      type: { system: SYS_ENTITY_TYPE, code: '2', display: 'System Object' },
      name: `${decisionLabel(e.decision.decision)}: ${modalityLabel(e.decision.modality)}`,
    });
  return {
    resourceType: 'AuditEvent',
    id: fhirId(e),
    type: m.type,
    subtype: [m.subtype],
    action: m.action,
    recorded: e.at,
    outcome: '0',
    agent: [
      {
        type: { coding: [{ system: SYS_ROLE_TYPE, code: 'humanuser', display: 'human user' }] },
        who: who(e.user),
        requestor: true,
      },
    ],
    source: {
      observer: APP_DEVICE,
      type: [{ system: SYS_SOURCE_TYPE, code: '1', display: 'User Device' }],
    },
    ...(entity.length ? { entity } : {}),
  };
}

/**
 * A decision as a Provenance: the clinician (agent, author) attests, at `recorded`, an
 * activity on the patient's record (target), with the reason, and the assessment it was
 * based on (entity, role source: verdict, engine and rules versions).
 */
export function decisionProvenance(e: AuditEntry): Provenance | null {
  const d = e.decision;
  if (!d || e.patientId === APP_CHAIN) return null;
  const reason = d.reasonCode
    ? [{ coding: [local(d.reasonCode, reasonLabel(d.reasonCode))], text: d.reasonText }]
    : d.reasonText
      ? [{ text: d.reasonText }]
      : undefined;
  return {
    resourceType: 'Provenance',
    id: fhirId(e),
    target: [patientRef(e.patientId)],
    recorded: e.at,
    activity: {
      coding: [
        local(d.decision, `${decisionLabel(d.decision)}: ${modalityLabel(d.modality)}`),
        { system: SYS_DATA_OPERATION, code: 'CREATE' },
      ],
      text: `${decisionLabel(d.decision)} with ${modalityLabel(d.modality)}`,
    },
    ...(reason ? { reason } : {}),
    agent: [
      {
        type: { coding: [{ system: SYS_PARTICIPANT, code: 'author' }] },
        who: who(d.clinician || e.user),
      },
    ],
    signature: [
      {
        type: [
          {
            system: 'urn:iso-astm:E1762-95:2013',
            code: '1.2.840.10065.1.12.1.1',
            display: "Author's Signature",
          },
        ],
        when: e.at,
        who: who(d.clinician || e.user),
      },
    ],
    entity: [
      {
        role: 'source',
        what: {
          display: `Assessment of ${d.assessedOn}: ${modalityLabel(d.modality)} ${d.verdict} (engine ${d.engineVersion}, rules ${d.rulesVersion})`,
        },
      },
    ],
  };
}

/** The whole trail of one patient as a FHIR `collection` Bundle. */
export function auditBundle(entries: readonly AuditEntry[]): Bundle {
  const resources = entries.flatMap((e) => {
    const p = decisionProvenance(e);
    return p ? [toAuditEvent(e), p] : [toAuditEvent(e)];
  });
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: new Date().toISOString(),
    entry: resources.map((resource) => ({
      fullUrl: `urn:vas-dashboard:${resource.resourceType}/${resource.id}`,
      resource,
    })),
  };
}
