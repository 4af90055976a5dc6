import { appScopes, covers, missingScopes, parseScope, WRITE_SCOPES } from './smart-scopes';

describe('SMART scopes', () => {
  it('asks for launch (EHR) or launch/patient (standalone), openid fhirUser, v2 scopes only', () => {
    const ehr = appScopes('ehr').split(' ');
    const standalone = appScopes('standalone').split(' ');
    expect(ehr[0]).toBe('launch');
    expect(standalone[0]).toBe('launch/patient');
    expect(ehr).not.toContain('launch/patient');
    for (const s of ['openid', 'fhirUser', 'user/ServiceRequest.rs', 'patient/Patient.rs'])
      expect(ehr).toContain(s);
    // Every resource scope is SMART v2 and narrower than patient/*.
    for (const s of ehr.filter((x) => x.includes('/') && x !== 'launch/patient')) {
      expect(s).toMatch(/^(patient|user)\/[A-Z][A-Za-z]+\.c?r?u?d?s?$/);
      expect(s).not.toContain('*');
    }
    // Writes only where the app writes: no create/delete of Patient, Provenance create only.
    expect(ehr).toContain('patient/Patient.u');
    expect(ehr).toContain('patient/Provenance.c');
    expect(ehr.filter((s) => s.startsWith('patient/Patient.'))).toEqual([
      'patient/Patient.rs',
      'patient/Patient.u',
    ]);
    expect(ehr.some((s) => s.startsWith('user/') && s !== 'user/ServiceRequest.rs')).toBe(false);
  });

  it('parses v2 and v1 scopes; a query-restricted scope is not a whole grant', () => {
    expect(parseScope('patient/Observation.rs')).toEqual({
      context: 'patient',
      type: 'Observation',
      perms: 'rs',
    });
    expect(parseScope('user/*.read')?.perms).toBe('rs');
    expect(parseScope('user/*.write')?.perms).toBe('cud');
    expect(parseScope('patient/*.*')?.perms).toBe('cruds');
    expect(parseScope('patient/Observation.rs?category=laboratory')).toBeNull();
    expect(parseScope('patient/Observation.sr')).toBeNull(); // out of order: not v2
    expect(parseScope('openid')).toBeNull();
  });

  it('covers: wildcards, split permissions, user/ covering patient/, not the reverse', () => {
    expect(covers(['patient/*.cruds'], 'patient/Observation.cud')).toBeTrue();
    expect(
      covers(['patient/Observation.cu', 'patient/Observation.d'], 'patient/Observation.cud'),
    ).toBeTrue();
    expect(covers(['patient/Observation.cu'], 'patient/Observation.cud')).toBeFalse();
    expect(covers(['user/Observation.rs'], 'patient/Observation.rs')).toBeTrue();
    expect(covers(['patient/ServiceRequest.rs'], 'user/ServiceRequest.rs')).toBeFalse();
    expect(covers(['patient/Condition.rs'], 'patient/Observation.rs')).toBeFalse();
    expect(covers(['openid'], 'openid')).toBeTrue();
  });

  it('names what a grant misses; nothing granted misses everything', () => {
    const all = appScopes('ehr');
    expect(missingScopes(all, WRITE_SCOPES)).toEqual([]);
    const noObsWrite = all.replace('patient/Observation.cud', '');
    expect(missingScopes(noObsWrite, WRITE_SCOPES)).toEqual(['patient/Observation.cud']);
    expect(missingScopes(null, WRITE_SCOPES)).toEqual([...WRITE_SCOPES]);
  });
});
