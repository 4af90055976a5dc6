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
import { isEmbeddedStore, type PatientRepository } from './patient-repository';

/** A method of PatientRepository (an async call, forwarded once the store is loaded). */
type Method = (...args: never[]) => Promise<unknown>;
/** The methods every store has. */
type StoreMethod = {
  [K in keyof PatientRepository]-?: PatientRepository[K] extends Method ? K : never;
}[keyof PatientRepository];
/** The methods only some stores have (one mode's). */
type OptionalMethod = {
  [K in keyof PatientRepository]-?: undefined extends PatientRepository[K]
    ? NonNullable<PatientRepository[K]> extends Method
      ? K
      : never
    : never;
}[keyof PatientRepository];
/** Every member of T declared, its optional ones too (their types: `implements T`). */
type Declared<T> = Record<keyof T, unknown>;

/**
 * The patient repository, loaded on first use (issue 15, first load): the first page paints
 * without Dexie or the FHIR client in the initial JavaScript. `load` imports the real
 * repository class; it is created in a child injector (so its own inject() calls work and
 * its ngOnDestroy runs with the app). Every member of PatientRepository, optional ones too,
 * is declared here (`Declared`): a member added to the interface must be added below (the
 * compiler says so), most often as one more `forward` or `forwardOnly` line.
 */
@Injectable()
export class LazyPatientRepository
  implements PatientRepository, Declared<PatientRepository>, OnDestroy
{
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

  readonly list = this.forward('list');
  readonly putAll = this.forward('putAll');
  readonly create = this.forward('create');
  readonly applyChanges = this.forward('applyChanges');
  readonly delete = this.forward('delete');
  readonly reset = this.forward('reset');
  readonly requestPersistence = this.forward('requestPersistence');

  /** Connected mode reads a patient when it opens (members present in connected mode only). */
  readonly get = this.forwardOnly(
    'connected',
    'get',
    async (r, id) => (await r.list()).find((p) => p.id === id) ?? null,
  );
  readonly resolveCaseId = this.forwardOnly('connected', 'resolveCaseId', async () => undefined);
  readonly worklistPage = this.forwardOnly('connected', 'worklistPage', async () => {
    throw new Error('This store has no server worklist');
  });
  /** Embedded store only (members absent in connected mode). */
  readonly listAt = this.forwardOnly('embedded', 'listAt', async (r) => ({
    patients: await r.list(),
    generation: -1,
  }));
  readonly worklistSnapshot = this.forwardOnly('embedded', 'worklistSnapshot', async () => null);
  readonly saveWorklistSnapshot = this.forwardOnly(
    'embedded',
    'saveWorklistSnapshot',
    async () => false,
  );

  readonly externalChanges: Observable<void> = this.forwardStream((r) => r.externalChanges);
  readonly lost: Observable<string> = this.forwardStream((r) => r.lost);

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

  /** The real repository's method `name`, called once it is loaded. */
  private forward<K extends StoreMethod>(name: K): PatientRepository[K] {
    const call = async (...args: unknown[]): Promise<unknown> => {
      const r = await this.repository();
      return Reflect.apply(r[name], r, args);
    };
    return call as PatientRepository[K];
  }

  /**
   * A method only one mode has (connected or embedded; absent in the other, as in the stores
   * themselves): the real repository's, or `otherwise` when the loaded repository has none.
   */
  private forwardOnly<K extends OptionalMethod>(
    mode: 'connected' | 'embedded',
    name: K,
    otherwise: (
      r: PatientRepository,
      ...args: Parameters<NonNullable<PatientRepository[K]>>
    ) => ReturnType<NonNullable<PatientRepository[K]>>,
  ): PatientRepository[K] | undefined {
    if (this.connected !== (mode === 'connected')) return undefined;
    const call = async (...args: Parameters<NonNullable<PatientRepository[K]>>) => {
      const r = await this.repository();
      const method = r[name];
      return method ? Reflect.apply(method, r, args) : otherwise(r, ...args);
    };
    return call as PatientRepository[K];
  }

  private forwardStream<T>(pick: (r: PatientRepository) => Observable<T>): Observable<T> {
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
