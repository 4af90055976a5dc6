import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Provenance } from 'fhir/r4';
import { demoCases } from '../../../engine';
import { CurrentUser } from '../audit/current-user';
import type { FieldChange } from '../case-changes';
import type { TriageSummary } from '../patient-repository';
import { caseToResources, transactionsOf } from '../repository/fhir/case-resources';
import { FHIR_BASE_URL, FHIR_HTTP } from '../repository/fhir/fhir-patient-repository';
import { FakeFhir } from '../repository/fhir/testing/fake-fhir';
import { SmartCurrentUser } from './smart-current-user';
import { SmartPatientRepository } from './smart-repository';
import { appScopes } from './smart-scopes';
import { SmartSession } from './smart-session';

const TODAY = '2026-11-20';
const summarise = (): TriageSummary => ({
  date: TODAY,
  rules: 'x',
  urgency: 'none',
  level: 'low',
  manipulation: 'not-cleared',
});

/** The FHIR seam answering 401 (an expired access token) once `expired` is set. */
class ExpiringFhir extends FakeFhir {
  expired = false;
  override async request<T>(o: { url: string; method?: string; body?: string }): Promise<T> {
    if (this.expired) throw Object.assign(new Error('401 Unauthorized'), { status: 401 });
    return super.request<T>(o);
  }
}

describe('SmartPatientRepository', () => {
  let fake: ExpiringFhir;
  let repo: SmartPatientRepository;
  const granted = signal<string | null>(appScopes('ehr'));
  const reauthorise = jasmine.createSpy('reauthorise');
  const [demo] = demoCases(TODAY);
  const change: FieldChange[] = [{ path: ['findings', 'nausea'], before: undefined, after: true }];

  beforeEach(() => {
    fake = new ExpiringFhir();
    for (const tx of transactionsOf(caseToResources(demo!)))
      for (const e of tx.entry ?? []) fake.put(e.resource!);
    granted.set(appScopes('ehr'));
    reauthorise.calls.reset();
    reauthorise.and.returnValue(new Promise(() => undefined));
    TestBed.configureTestingModule({
      providers: [
        { provide: FHIR_BASE_URL, useValue: fake.base },
        { provide: FHIR_HTTP, useValue: async () => fake },
        // The fhirUser, through CurrentUser as the app provides it for a SMART launch.
        { provide: CurrentUser, useClass: SmartCurrentUser },
        {
          provide: SmartSession,
          useValue: {
            mode: { kind: 'smart', iss: fake.base },
            context: signal({ fhirUser: `${fake.base}/Practitioner/p1` }),
            signedInAs: signal('Dr Ada Moreau'),
            client: async () => ({}),
            granted,
            reauthorise,
          },
        },
        SmartPatientRepository,
      ],
    });
    repo = TestBed.inject(SmartPatientRepository);
  });

  it('writes with the fhirUser as the Provenance author', async () => {
    await repo.list();
    const res = await repo.applyChanges(demo!.id, change, summarise);
    expect(res.patient?.caseFile.findings['nausea']).toBeTrue();
    const prov = [...fake.resources.values()].filter(
      (r): r is Provenance => r.resourceType === 'Provenance',
    );
    expect(prov.length).toBeGreaterThan(0);
    for (const p of prov)
      expect(p.agent[0]?.who).toEqual({ reference: 'Practitioner/p1', display: 'Dr Ada Moreau' });
  });

  it('a grant without write scopes refuses the write, naming them; nothing is sent', async () => {
    await repo.list();
    granted.set(appScopes('ehr').replace('patient/Observation.cud', ''));
    await expectAsync(repo.applyChanges(demo!.id, change, summarise)).toBeRejectedWithError(
      /did not grant write access \(patient\/Observation\.cud\)/,
    );
    expect(fake.writes).toEqual([]);
  });

  it('an expired token re-authorises, keeping the unsaved edit', async () => {
    await repo.list();
    fake.expired = true;
    const pending = repo.applyChanges(demo!.id, change, summarise);
    await new Promise((r) => setTimeout(r, 50));
    expect(reauthorise).toHaveBeenCalledOnceWith({ id: demo!.id, changes: change });
    let settled = false;
    void pending.finally(() => (settled = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(settled).toBeFalse(); // "Saving…" until the page leaves for the authorisation server
  });
});
