import {
  displayNameOf,
  launchContextOf,
  readRecord,
  referenceOf,
  savePending,
  SMART_RECORD_KEY,
  startMode,
  takePending,
  writeRecord,
} from './smart-context';

/** A Storage over a Map (sessionStorage's contract). */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}
const at = (pathname: string, search = '') => ({ pathname, search });
const ISS = 'http://127.0.0.1:8123/fhir/R4';

describe('SMART start mode', () => {
  it('no SMART record: the store is chosen as before', () => {
    expect(startMode(at('/worklist'), memoryStorage())).toEqual({ kind: 'none' });
  });

  it('/launch is an EHR launch, or the app’s own re-authorisation', () => {
    expect(startMode(at('/launch', `?iss=${ISS}&launch=abc`), memoryStorage())).toEqual({
      kind: 'launch',
      iss: ISS,
      launch: 'abc',
      reauth: false,
    });
    const m = startMode(at('/launch', `?iss=${ISS}&reauth=1`), memoryStorage());
    expect(m).toEqual({ kind: 'launch', iss: ISS, launch: null, reauth: true });
  });

  it('callback: a code with a started sign-in is SMART; an error is a refusal', () => {
    const s = memoryStorage();
    expect(startMode(at('/callback', '?code=x&state=y'), s)).toEqual({ kind: 'none' });
    writeRecord(s, { iss: ISS, kind: 'ehr', authorised: false, startedAt: 1 });
    expect(startMode(at('/callback', '?code=x&state=y'), s)).toEqual({ kind: 'smart', iss: ISS });
    expect(startMode(at('/callback', '?error=access_denied&state=y'), s)).toEqual({
      kind: 'refused',
    });
    // Not yet authorised: a reload elsewhere is not signed in.
    expect(startMode(at('/worklist'), s)).toEqual({ kind: 'none' });
    writeRecord(s, { iss: ISS, kind: 'ehr', authorised: true, startedAt: 1 });
    expect(startMode(at('/patients/demo-01'), s)).toEqual({ kind: 'smart', iss: ISS });
  });

  it('an explicit ?fhirServer= ends the SMART session of the tab', () => {
    const s = memoryStorage();
    writeRecord(s, { iss: ISS, kind: 'ehr', authorised: true, startedAt: 1 });
    expect(startMode(at('/', '?fhirServer=none'), s)).toEqual({ kind: 'none' });
    expect(readRecord(s)).toBeNull();
  });

  it('a damaged record is no record', () => {
    const s = memoryStorage();
    s.setItem(SMART_RECORD_KEY, '{not json');
    expect(readRecord(s)).toBeNull();
    expect(startMode(at('/worklist'), s)).toEqual({ kind: 'none' });
  });
});

describe('SMART launch context', () => {
  it('reads patient, need_patient_banner, scope and fhirUser', () => {
    const c = launchContextOf(
      { patient: 'demo-03', need_patient_banner: false, scope: 'launch openid' },
      { fhirUser: `${ISS}/Practitioner/p1` },
    );
    expect(c).toEqual({
      patient: 'demo-03',
      needPatientBanner: false,
      fhirUser: `${ISS}/Practitioner/p1`,
      scope: 'launch openid',
    });
  });

  it('absent or odd values: no patient, the banner shown, no user', () => {
    const c = launchContextOf({ patient: 42, need_patient_banner: 'yes' }, null);
    expect(c).toEqual({ patient: null, needPatientBanner: true, fhirUser: null, scope: '' });
    expect(launchContextOf({ need_patient_banner: 'false' }, {}).needPatientBanner).toBeFalse();
    expect(launchContextOf(undefined, undefined).patient).toBeNull();
  });

  it('fhirUser on this server becomes a relative reference; elsewhere it stays absolute', () => {
    expect(referenceOf(`${ISS}/Practitioner/p1`, ISS)).toBe('Practitioner/p1');
    expect(referenceOf(`${ISS}/Practitioner/p1`, `${ISS}/`)).toBe('Practitioner/p1');
    expect(referenceOf('Practitioner/p1', ISS)).toBe('Practitioner/p1');
    expect(referenceOf('https://ehr.example/fhir/Practitioner/9', ISS)).toBe(
      'https://ehr.example/fhir/Practitioner/9',
    );
    expect(referenceOf(null, ISS)).toBeNull();
  });

  it('display names: text, else prefix given family; official first', () => {
    expect(displayNameOf({ name: [{ text: 'Dr Ada Moreau' }] })).toBe('Dr Ada Moreau');
    expect(
      displayNameOf({
        name: [
          { use: 'nickname', text: 'Ada' },
          { use: 'official', prefix: ['Dr'], given: ['Ada', 'L'], family: 'Moreau' },
        ],
      }),
    ).toBe('Dr Ada L Moreau');
    expect(displayNameOf({ name: [] })).toBeNull();
    expect(displayNameOf(null)).toBeNull();
  });

  it('pending edits are kept in order and taken once', () => {
    const s = memoryStorage();
    savePending(s, {
      id: 'demo-02',
      changes: [{ path: ['referral', 'from'], before: 'a', after: 'b' }],
    });
    savePending(s, { id: 'demo-03', changes: [] });
    expect(takePending(s).map((e) => e.id)).toEqual(['demo-02', 'demo-03']);
    expect(takePending(s)).toEqual([]);
  });
});
