import { TestBed } from '@angular/core/testing';
import type { Provenance } from 'fhir/r4';
import { demoCases, type CaseFile } from '../../../../engine';
import { CurrentUser } from '../../audit/current-user';
import type { FieldChange } from '../../case-changes';
import type { StoredPatient, TriageSummary } from '../../patient-repository';
import { caseToResources, isAppWritten, transactionsOf } from './case-resources';
import {
  FHIR_BASE_URL,
  FHIR_HTTP,
  FHIR_RETRY_DELAYS,
  FHIR_TIMEOUT_MS,
  FhirPatientRepository,
} from './fhir-patient-repository';
import { chosenFhirServer, FHIR_SERVER_KEY } from './fhir-server-choice';
import { CHANGED_ELSEWHERE } from './fhir-store';
import { FakeFhir } from './testing/fake-fhir';

const TODAY = '2026-11-20';
const summarise = (): TriageSummary => ({
  date: TODAY,
  rules: 'x',
  urgency: 'none',
  level: 'low',
  manipulation: 'not-cleared',
});

describe('FhirPatientRepository (connected mode)', () => {
  let fake: FakeFhir;
  let repo: FhirPatientRepository;
  const demo = demoCases(TODAY).slice(0, 3);

  beforeEach(async () => {
    fake = new FakeFhir();
    for (const c of demo)
      for (const tx of transactionsOf(caseToResources(c)))
        for (const e of tx.entry ?? []) fake.put(e.resource!);
    TestBed.configureTestingModule({
      providers: [
        { provide: FHIR_BASE_URL, useValue: fake.base },
        { provide: FHIR_HTTP, useValue: async () => fake },
        FhirPatientRepository,
      ],
    });
    repo = TestBed.inject(FhirPatientRepository);
  });

  const finding = (f: string, before: unknown, after: unknown): FieldChange[] => [
    { path: ['findings', f], before, after },
  ];

  it('lists the patients on the server as cases', async () => {
    const list = await repo.list();
    expect(list.map((p) => p.id).sort()).toEqual(demo.map((c) => c.id).sort());
    expect(list.every((p) => p.synthetic)).toBeTrue();
    expect(repo.connectedTo).toBe(fake.base);
  });

  it("writes with Settings' name as the Provenance author (CurrentUser: no reference)", async () => {
    spyOn(TestBed.inject(CurrentUser), 'current').and.returnValue('Dr Settings Name');
    const [p] = await repo.list();
    const before = p!.caseFile.findings['nausea'];
    await repo.applyChanges(p!.id, finding('nausea', before, before !== true), summarise);
    const prov = [...fake.resources.values()].filter(
      (r): r is Provenance => r.resourceType === 'Provenance',
    );
    expect(prov.length).toBeGreaterThan(0);
    for (const x of prov) expect(x.agent[0]?.who).toEqual({ display: 'Dr Settings Name' });
  });

  it('an edit writes only the resources it changes, with If-Match of the versions read', async () => {
    const [p] = await repo.list();
    const before = p!.caseFile.findings['nausea'];
    const after = before === true ? false : true;
    const res = await repo.applyChanges(p!.id, finding('nausea', before, after), summarise);
    expect(res.patient?.caseFile.findings['nausea']).toBe(after);
    const urls = fake.writes.map((w) => w.url);
    expect(urls).toContain(`Observation/${p!.id}-nausea`);
    expect(urls).not.toContain(`Patient/${p!.id}`);
    expect(urls.every((u) => /^(Observation|RiskAssessment|DetectedIssue)\//.test(u))).toBeTrue();
    const obs = fake.writes.find((w) => w.url === `Observation/${p!.id}-nausea`);
    if (before !== undefined) expect(obs?.ifMatch).toMatch(/^W\/"\d+"$/);
    const stored = fake.resources.get(`Observation/${p!.id}-nausea`)!;
    expect(isAppWritten(stored)).toBeTrue();
    expect((stored as { valueBoolean?: boolean }).valueBoolean).toBe(after as boolean);
  });

  it('a change by someone else since it was opened is a 412: nothing overwritten, edit again re-applies', async () => {
    const [p] = await repo.list();
    const referral = fake.resources.get(`ServiceRequest/${p!.id}-referral`)!;
    fake.put({ ...referral, requester: { display: 'Dr Other' } } as typeof referral);
    const change: FieldChange[] = [
      { path: ['referral', 'from'], before: p!.caseFile.referral?.from, after: 'Dr Me' },
    ];
    await expectAsync(repo.applyChanges(p!.id, change, summarise)).toBeRejectedWithError(
      new RegExp(CHANGED_ELSEWHERE),
    );
    const kept = fake.resources.get(`ServiceRequest/${p!.id}-referral`) as {
      requester?: { display?: string };
    };
    expect(kept.requester?.display).toBe('Dr Other');
    const again = await repo.applyChanges(p!.id, change, summarise);
    expect(again.patient?.caseFile.referral?.from).toBe('Dr Me');
    expect(again.conflicts.join()).toContain('referral.from');
  });

  it('imports write the whole case; a delete removes what the app wrote', async () => {
    const c: CaseFile = { ...demo[0]!, id: 'imported-1' };
    const p: StoredPatient = { id: c.id, caseFile: c, updatedAt: 0, synthetic: true };
    await repo.putAll([p]);
    expect(fake.resources.has('Patient/imported-1')).toBeTrue();
    await repo.delete('imported-1');
    expect([...fake.resources.keys()].some((k) => k.includes('imported-1'))).toBeFalse();
  });

  it('a new patient never overwrites one on the server: it takes the next free id', async () => {
    // Another clinician's patients hold case-001 and case-002 (this tab has not read them).
    for (const id of ['case-001', 'case-002'])
      for (const tx of transactionsOf(
        caseToResources({ ...demo[1]!, id, patient: { name: 'Other' } }),
      ))
        for (const e of tx.entry ?? []) fake.put(e.resource!);
    const c: CaseFile = { ...demo[0]!, id: 'case-001', patient: { name: 'New' } };
    const id = await repo.create({ id: c.id, caseFile: c, updatedAt: 0, synthetic: false });
    expect(id).toBe('case-003');
    expect(fake.writes.some((w) => w.url.includes('case-001') || w.url.includes('case-002')))
      .withContext('nothing written over the other patients')
      .toBeFalse();
    expect((await repo.get('case-001'))?.caseFile.patient?.name).toBe('Other');
    expect((await repo.get('case-003'))?.caseFile).toEqual(
      jasmine.objectContaining({ id: 'case-003', patient: { name: 'New' } }),
    );
  });
});

describe('FhirPatientRepository: a slow server', () => {
  const demo = demoCases(TODAY).slice(0, 1);
  let fake: FakeFhir;
  /** Requests that hang (the server is slow) until the request's signal aborts them. */
  let slow: number;
  let signals: (AbortSignal | undefined)[];

  const make = (retries: readonly number[]) => {
    fake = new FakeFhir();
    slow = 0;
    signals = [];
    for (const c of demo)
      for (const tx of transactionsOf(caseToResources(c)))
        for (const e of tx.entry ?? []) fake.put(e.resource!);
    const http = {
      request: <T>(o: { url: string; method?: string; body?: string; signal?: AbortSignal }) => {
        signals.push(o.signal);
        if (slow-- <= 0) return fake.request<T>(o);
        return new Promise<T>((_, reject) =>
          o.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError'))),
        );
      },
    };
    TestBed.configureTestingModule({
      providers: [
        { provide: FHIR_BASE_URL, useValue: fake.base },
        { provide: FHIR_HTTP, useValue: async () => http },
        { provide: FHIR_TIMEOUT_MS, useValue: 50 },
        { provide: FHIR_RETRY_DELAYS, useValue: retries },
        FhirPatientRepository,
      ],
    });
    return TestBed.inject(FhirPatientRepository);
  };
  const change = (p: StoredPatient): FieldChange[] => [
    { path: ['referral', 'from'], before: p.caseFile.referral?.from, after: 'Dr Patient' },
  ];

  it('every request carries an abort signal; a slow answer is given up and retried, then saved', async () => {
    const repo = make([10, 10]);
    const [p] = await repo.list();
    slow = 1;
    const res = await repo.applyChanges(p!.id, change(p!), summarise);
    expect(res.patient?.caseFile.referral?.from).toBe('Dr Patient');
    expect(signals.every((s) => s instanceof AbortSignal)).toBeTrue();
    expect(signals.some((s) => s?.aborted)).toBeTrue();
    const sr = fake.resources.get(`ServiceRequest/${p!.id}-referral`) as {
      requester?: { display?: string };
    };
    expect(sr.requester?.display).toBe('Dr Patient');
  });

  it('a server that stays too slow: a clear message, nothing written', async () => {
    const repo = make([10]);
    const [p] = await repo.list();
    slow = 100;
    await expectAsync(repo.applyChanges(p!.id, change(p!), summarise)).toBeRejectedWithError(
      /did not answer \(the FHIR server did not answer within 50 ms\)/,
    );
    expect(fake.writes.length).toBe(0);
  });
});

describe('chosenFhirServer', () => {
  afterEach(() => sessionStorage.removeItem(FHIR_SERVER_KEY));

  it('keeps ?fhirServer= for the session; none goes back to embedded; junk is ignored', () => {
    expect(chosenFhirServer({ search: '' }, sessionStorage)).toBeNull();
    const base = 'http://127.0.0.1:8103/fhir/R4';
    expect(chosenFhirServer({ search: `?fhirServer=${encodeURIComponent(base + '/')}` })).toBe(
      base,
    );
    expect(chosenFhirServer({ search: '' })).toBe(base);
    expect(chosenFhirServer({ search: '?fhirServer=javascript:alert(1)' })).toBeNull();
    expect(chosenFhirServer({ search: '' })).toBeNull();
    chosenFhirServer({ search: `?fhirServer=${base}` });
    expect(chosenFhirServer({ search: '?fhirServer=none' })).toBeNull();
    expect(sessionStorage.getItem(FHIR_SERVER_KEY)).toBeNull();
  });
});
