import {
  computed,
  createEnvironmentInjector,
  EnvironmentInjector,
  inject,
  Injectable,
  InjectionToken,
  type OnDestroy,
  type Provider,
  signal,
  type Type,
} from '@angular/core';
import { defer, from, switchMap, type Observable } from 'rxjs';
import type { FieldChange } from './case-changes';
import type { SnapshotStamp, WorklistSnapshot } from './worklist-snapshot';
import {
  isEmbeddedStore,
  type ChangeResult,
  type PatientRepository,
  type StoredPatient,
  type TriageSummary,
} from './patient-repository';
import type { WorklistCursor, WorklistPage, WorklistQuery } from './repository/fhir/fhir-worklist';

/**
 * The patient repository, loaded on first use (issue 15, first load): the first page paints
 * without Dexie or the FHIR client in the initial JavaScript. `load` imports the real
 * repository class; it is created in a child injector (so its own inject() calls work and
 * its ngOnDestroy runs with the app). Every member of PatientRepository is forwarded here:
 * a member added to the interface must be added below (the compiler says so).
 */
@Injectable()
export class LazyPatientRepository implements PatientRepository, OnDestroy {
  private readonly parent = inject(EnvironmentInjector);
  private readonly spec = inject(LAZY_REPOSITORY);
  private child?: EnvironmentInjector;
  private loaded?: Promise<PatientRepository>;
  private readonly real = signal<PatientRepository | undefined>(undefined);
  readonly connectedTo = this.spec.connectedTo;
  /** Connected mode, known from the spec before the store is loaded. */
  private readonly connected = !isEmbeddedStore(this.spec);
  readonly notReadable = this.connected
    ? computed(() => this.real()?.notReadable?.() ?? [])
    : undefined;
  /** Connected mode reads a patient when it opens (members present in connected mode only). */
  readonly get = this.connected
    ? async (id: string): Promise<StoredPatient | null> => {
        const r = await this.repository();
        return r.get ? r.get(id) : ((await r.list()).find((p) => p.id === id) ?? null);
      }
    : undefined;
  readonly resolveCaseId = this.connected
    ? async (pid: string): Promise<string | undefined> => {
        const r = await this.repository();
        return r.resolveCaseId?.(pid);
      }
    : undefined;
  readonly worklistPage = this.connected
    ? async (
        query: WorklistQuery,
        cursor: WorklistCursor,
        count: number,
      ): Promise<WorklistPage> => {
        const r = await this.repository();
        if (!r.worklistPage) throw new Error('This store has no server worklist');
        return r.worklistPage(query, cursor, count);
      }
    : undefined;
  /** Embedded store only (members absent in connected mode). */
  readonly listAt = this.connected
    ? undefined
    : async (): Promise<{ patients: StoredPatient[]; generation: number }> => {
        const r = await this.repository();
        return r.listAt ? r.listAt() : { patients: await r.list(), generation: -1 };
      };
  readonly worklistSnapshot = this.connected
    ? undefined
    : async (stamp: SnapshotStamp): Promise<WorklistSnapshot | null> =>
        (await this.repository()).worklistSnapshot?.(stamp) ?? null;
  readonly saveWorklistSnapshot = this.connected
    ? undefined
    : async (snapshot: WorklistSnapshot & { stamp: SnapshotStamp }): Promise<boolean> =>
        (await this.repository()).saveWorklistSnapshot?.(snapshot) ?? false;
  readonly externalChanges: Observable<void> = this.forward((r) => r.externalChanges);
  readonly lost: Observable<string> = this.forward((r) => r.lost);

  /** The real repository, imported and created on the first call. */
  private repository(): Promise<PatientRepository> {
    this.loaded ??= this.spec.load().then(({ repository, providers }) => {
      this.child = createEnvironmentInjector(
        [{ provide: repository, useClass: repository }, ...(providers ?? [])],
        this.parent,
      );
      const r = this.child.get(repository);
      this.real.set(r);
      return r;
    });
    return this.loaded;
  }

  private forward<T>(pick: (r: PatientRepository) => Observable<T>): Observable<T> {
    return defer(() => from(this.repository())).pipe(switchMap(pick));
  }

  /** Loads the real repository (the embedded store attaches its database to the sealer). */
  async ready(): Promise<void> {
    await this.repository();
  }

  /** The loaded repository (null before first use): for what only one store offers. */
  loadedRepository(): PatientRepository | null {
    return this.real() ?? null;
  }

  async list(): Promise<StoredPatient[]> {
    return (await this.repository()).list();
  }
  async putAll(patients: readonly StoredPatient[]): Promise<void> {
    return (await this.repository()).putAll(patients);
  }
  async create(patient: StoredPatient): Promise<string> {
    return (await this.repository()).create(patient);
  }
  async applyChanges(
    id: string,
    changes: readonly FieldChange[],
    summarise: (p: StoredPatient) => TriageSummary,
  ): Promise<ChangeResult> {
    return (await this.repository()).applyChanges(id, changes, summarise);
  }
  async delete(id: string): Promise<void> {
    return (await this.repository()).delete(id);
  }
  async reset(patients: readonly StoredPatient[]): Promise<void> {
    return (await this.repository()).reset(patients);
  }
  async requestPersistence(): Promise<boolean | null> {
    return (await this.repository()).requestPersistence();
  }

  ngOnDestroy(): void {
    this.child?.destroy();
  }
}

/** Which repository LazyPatientRepository loads. */
export interface LazyRepositorySpec {
  /** Imports the repository class, with the providers it injects (e.g. the FHIR base URL). */
  load: () => Promise<{ repository: Type<PatientRepository>; providers?: Provider[] }>;
  /** Connected mode: the FHIR base URL, known before the repository is loaded. */
  connectedTo?: string;
}

export const LAZY_REPOSITORY = new InjectionToken<LazyRepositorySpec>('LazyRepositorySpec');
