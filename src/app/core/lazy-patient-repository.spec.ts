import { Injectable, InjectionToken, inject, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom, of } from 'rxjs';
import { demoCases } from '../../engine';
import {
  LAZY_REPOSITORY,
  LazyPatientRepository,
  type LazyRepositorySpec,
} from './lazy-patient-repository';
import type { PatientRepository, StoredPatient, TriageSummary } from './patient-repository';
import { FIRST_PAGE, type WorklistQuery } from './repository/fhir/fhir-worklist';
import type { SnapshotStamp, WorklistSnapshot } from './worklist-snapshot';

const TODAY = '2026-11-20';
const stored = (id: string): StoredPatient => ({
  id,
  caseFile: { ...demoCases(TODAY)[0]!, id },
  updatedAt: 1,
  synthetic: true,
});
const summarise = (): TriageSummary => ({
  date: TODAY,
  rules: 'x',
  urgency: 'none',
  level: 'low',
  manipulation: 'not-cleared',
});
const QUERY: WorklistQuery = { urgency: 'all', level: 'all', status: 'all', name: '' };
const NAME = new InjectionToken<string>('StoreName');

/** A store that records each call (and the `this` it was called on). */
@Injectable()
class RecordingStore implements PatientRepository {
  readonly name = inject(NAME);
  readonly calls: [string, unknown[]][] = [];
  readonly notReadable = signal<readonly string[]>(['Patient/x: unreadable']);
  readonly externalChanges = of(undefined);
  readonly lost = of('gone');
  private record(method: string, args: unknown[]): void {
    if (!(this instanceof RecordingStore)) throw new Error(`${method}: called without its store`);
    this.calls.push([method, args]);
  }
  async list() {
    this.record('list', []);
    return [stored('case-001'), stored('case-002')];
  }
  async putAll(...args: unknown[]) {
    this.record('putAll', args);
  }
  async create(p: StoredPatient) {
    this.record('create', [p]);
    return 'case-009';
  }
  async applyChanges(...args: unknown[]) {
    this.record('applyChanges', args);
    return { patient: null, conflicts: ['x'] };
  }
  async delete(id: string) {
    this.record('delete', [id]);
  }
  async reset(...args: unknown[]) {
    this.record('reset', args);
  }
  async requestPersistence() {
    this.record('requestPersistence', []);
    return true;
  }
}

/** The same store with the embedded-only members. */
@Injectable()
class RecordingEmbedded extends RecordingStore {
  async listAt() {
    return { patients: [stored('case-005')], generation: 7 };
  }
  async worklistSnapshot(stamp: SnapshotStamp) {
    const generation = stamp.date === TODAY ? 7 : 0;
    return { rows: [], generation, current: generation, count: 0, written: [], gone: [] };
  }
  async saveWorklistSnapshot(snapshot: WorklistSnapshot & { stamp: SnapshotStamp }) {
    return snapshot.generation === 7;
  }
}

/** The same store with the connected-mode members. */
@Injectable()
class RecordingServer extends RecordingStore {
  async get(id: string) {
    return id === 'case-404' ? null : stored(id);
  }
  async resolveCaseId(pid: string) {
    return `case-of-${pid}`;
  }
  async worklistPage() {
    return { rows: [], next: null, truncated: false } as never;
  }
}

const STAMP: SnapshotStamp = { date: TODAY, build: 'b' };

function lazy(spec: Partial<LazyRepositorySpec>, store: typeof RecordingStore) {
  const load = jasmine.createSpy('load').and.callFake(async () => ({
    repository: store,
    providers: [{ provide: NAME, useValue: 'from the spec' }],
  }));
  TestBed.configureTestingModule({
    providers: [{ provide: LAZY_REPOSITORY, useValue: { ...spec, load } }, LazyPatientRepository],
  });
  return { repo: TestBed.inject(LazyPatientRepository), load };
}

describe('LazyPatientRepository', () => {
  it('embedded: loads the store once, on first use, and forwards every method to it', async () => {
    const { repo, load } = lazy({}, RecordingStore);
    expect(load).not.toHaveBeenCalled();
    expect(repo.loadedRepository()).toBeNull();
    expect(repo.connectedTo).toBeUndefined();
    for (const m of ['get', 'resolveCaseId', 'worklistPage', 'notReadable'] as const)
      expect(repo[m]).withContext(m).toBeUndefined();

    const p = stored('case-003');
    const change = [{ path: ['findings', 'nausea'], before: undefined, after: true }];
    expect((await repo.list()).map((x) => x.id)).toEqual(['case-001', 'case-002']);
    await repo.putAll([p]);
    expect(await repo.create(p)).toBe('case-009');
    expect(await repo.applyChanges('case-003', change, summarise)).toEqual({
      patient: null,
      conflicts: ['x'],
    });
    await repo.delete('case-003');
    await repo.reset([p]);
    expect(await repo.requestPersistence()).toBeTrue();
    expect(await firstValueFrom(repo.externalChanges)).toBeUndefined();
    expect(await firstValueFrom(repo.lost)).toBe('gone');

    expect(load).toHaveBeenCalledTimes(1);
    const real = repo.loadedRepository() as RecordingStore;
    expect(real).toBeInstanceOf(RecordingStore);
    expect(real.name).toBe('from the spec');
    expect(real.calls).toEqual([
      ['list', []],
      ['putAll', [[p]]],
      ['create', [p]],
      ['applyChanges', ['case-003', change, summarise]],
      ['delete', ['case-003']],
      ['reset', [[p]]],
      ['requestPersistence', []],
    ]);
  });

  it("embedded: the embedded-only members, the store's own or their stand-ins", async () => {
    const { repo } = lazy({}, RecordingEmbedded);
    expect(await repo.listAt!()).toEqual({ patients: [stored('case-005')], generation: 7 });
    expect(await repo.worklistSnapshot!(STAMP)).toEqual({
      rows: [],
      generation: 7,
      current: 7,
      count: 0,
      written: [],
      gone: [],
    });
    expect(await repo.saveWorklistSnapshot!({ rows: [], generation: 7, stamp: STAMP })).toBeTrue();

    TestBed.resetTestingModule();
    const plain = lazy({}, RecordingStore).repo;
    expect((await plain.listAt!()).generation).toBe(-1);
    expect((await plain.listAt!()).patients.map((p) => p.id)).toEqual(['case-001', 'case-002']);
    expect(await plain.worklistSnapshot!(STAMP)).toBeNull();
    expect(
      await plain.saveWorklistSnapshot!({ rows: [], generation: 7, stamp: STAMP }),
    ).toBeFalse();
  });

  it('ready() loads the store; a failed load rejects the call', async () => {
    const { repo } = lazy({}, RecordingStore);
    await repo.ready();
    expect(repo.loadedRepository()).toBeInstanceOf(RecordingStore);

    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [
        {
          provide: LAZY_REPOSITORY,
          useValue: { load: () => Promise.reject(new Error('chunk failed')) },
        },
        LazyPatientRepository,
      ],
    });
    const failing = TestBed.inject(LazyPatientRepository);
    await expectAsync(failing.list()).toBeRejectedWithError('chunk failed');
  });

  it("connected: the server's own members, read after loading", async () => {
    const { repo, load } = lazy({ connectedTo: 'http://fhir.test/r4' }, RecordingServer);
    expect(repo.connectedTo).toBe('http://fhir.test/r4');
    for (const m of ['listAt', 'worklistSnapshot', 'saveWorklistSnapshot'] as const)
      expect(repo[m]).withContext(m).toBeUndefined();
    expect(repo.notReadable!()).toEqual([]);
    expect(load).not.toHaveBeenCalled();
    expect((await repo.get!('case-007'))?.id).toBe('case-007');
    expect(await repo.get!('case-404')).toBeNull();
    expect(await repo.resolveCaseId!('p1')).toBe('case-of-p1');
    expect(await repo.worklistPage!(QUERY, FIRST_PAGE, 50)).toEqual({
      rows: [],
      next: null,
      truncated: false,
    } as never);
    expect(repo.notReadable!()).toEqual(['Patient/x: unreadable']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('connected, a store without those members: read from the list, or said', async () => {
    const { repo } = lazy({ connectedTo: 'http://fhir.test/r4' }, RecordingStore);
    expect((await repo.get!('case-002'))?.id).toBe('case-002');
    expect(await repo.get!('case-404')).toBeNull();
    expect(await repo.resolveCaseId!('p1')).toBeUndefined();
    await expectAsync(repo.worklistPage!(QUERY, FIRST_PAGE, 50)).toBeRejectedWithError(
      'This store has no server worklist',
    );
  });
});
