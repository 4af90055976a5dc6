import { APP_CHAIN, type AuditEntry } from './audit-chain';
import { SYS_DCM, SYS_REST, auditBundle, decisionProvenance, toAuditEvent } from './audit-fhir';

const base = {
  patientId: 'demo-02',
  seq: 3,
  at: '2026-11-25T10:15:00.000Z',
  user: 'Dr Ada Test',
} as const;
const change: AuditEntry = {
  ...base,
  action: 'change',
  changes: [{ path: 'findings.nausea', before: undefined, after: true }],
};
const decision: AuditEntry = {
  ...base,
  seq: 4,
  action: 'decision',
  decision: {
    modality: 'cervical-manipulation',
    decision: 'proceed',
    verdict: 'not-cleared',
    reasonCode: 'specialist-cleared',
    reasonText: 'Neurologist letter of 2026-11-20',
    clinician: 'Dr Ada Test',
    assessedOn: '2026-11-25',
    engineVersion: '0.2.0',
    rulesVersion: '2.0.0',
  },
};

describe('audit trail as FHIR R4', () => {
  it('a change is an AuditEvent: patient record, update, action U, who, when, the field', () => {
    const ev = toAuditEvent(change);
    expect(ev.resourceType).toBe('AuditEvent');
    expect(ev.type).toEqual({ system: SYS_DCM, code: '110110', display: 'Patient Record' });
    expect(ev.subtype).toEqual([{ system: SYS_REST, code: 'update' }]);
    expect(ev.action).toBe('U');
    expect(ev.recorded).toBe(base.at);
    expect(ev.outcome).toBe('0');
    expect(ev.agent).toEqual([
      jasmine.objectContaining({ requestor: true, who: { display: 'Dr Ada Test' } }),
    ]);
    expect(ev.source.observer.display).toContain('VAS');
    const entity = ev.entity![0]!;
    expect(entity.what).toEqual({ reference: 'Patient/demo-02' });
    expect(entity.role?.code).toBe('1');
    expect(entity.detail).toEqual([{ type: 'findings.nausea', valueString: '(none) → true' }]);
  });

  it('import, export, print, delete and lock map to their DICOM types and actions', () => {
    const of = (action: AuditEntry['action'], patientId: string = base.patientId) =>
      toAuditEvent({ ...base, patientId, action });
    expect([of('import').type.code, of('import').action]).toEqual(['110107', 'C']);
    expect([of('export').type.code, of('export').action]).toEqual(['110106', 'R']);
    expect([of('print').type.code, of('print').action]).toEqual(['110106', 'R']);
    expect([of('delete').subtype![0]!.code, of('delete').action]).toEqual(['delete', 'D']);
    const lock = of('lock', APP_CHAIN);
    expect([lock.type.code, lock.subtype![0]!.code, lock.action]).toEqual([
      '110114',
      '110123',
      'E',
    ]);
    expect(lock.entity).toBeUndefined();
    expect(of('unlock', APP_CHAIN).subtype![0]!.code).toBe('110122');
  });

  it('a decision is an AuditEvent plus a Provenance: signer, reason, the verdict and versions', () => {
    const prov = decisionProvenance(decision)!;
    expect(prov.resourceType).toBe('Provenance');
    expect(prov.target).toEqual([{ reference: 'Patient/demo-02' }]);
    expect(prov.recorded).toBe(base.at);
    expect(prov.agent[0]!.who.display).toBe('Dr Ada Test');
    expect(prov.signature![0]!.when).toBe(base.at);
    expect(prov.reason![0]!.coding![0]!.code).toBe('specialist-cleared');
    expect(prov.reason![0]!.text).toBe('Neurologist letter of 2026-11-20');
    expect(prov.activity!.text).toMatch(/^Proceed with /);
    expect(prov.entity![0]!.role).toBe('source');
    expect(prov.entity![0]!.what.display).toContain('not-cleared');
    expect(prov.entity![0]!.what.display).toContain('engine 0.2.0, rules 2.0.0');
    expect(decisionProvenance(change)).toBeNull();
  });

  it('the Bundle is a collection of every AuditEvent and each decision Provenance', () => {
    const b = auditBundle([change, decision]);
    expect(b.type).toBe('collection');
    expect(b.entry!.map((e) => e.resource!.resourceType)).toEqual([
      'AuditEvent',
      'AuditEvent',
      'Provenance',
    ]);
    const ids = b.entry!.map((e) => e.resource!.id);
    expect(new Set(ids).size).toBe(2);
    expect(b.entry!.every((e) => e.fullUrl?.startsWith('urn:'))).toBeTrue();
  });
});
