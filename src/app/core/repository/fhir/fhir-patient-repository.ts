import { Injectable, InjectionToken, inject, signal } from '@angular/core';
import { NEVER } from 'rxjs';
import { CurrentUser, USER_NAME_KEY } from '../../audit/current-user';
import { applyChanges, type FieldChange } from '../../case-changes';
import { candidateIds } from '../../case-ids';
import {
  withId,
  type ChangeResult,
  type PatientRepository,
  type StoredPatient,
  type TriageSummary,
} from '../../patient-repository';
import { patientIdOf } from './case-resources';
import {
  FhirWorklist,
  type WorklistCursor,
  type WorklistPage,
  type WorklistQuery,
} from './fhir-worklist';
import {
  FhirConflictError,
  FhirStore,
  type FhirHttp,
  type ReadPatient,
  type Versions,
} from './fhir-store';

/** Where Settings keeps the user's name (read through CurrentUser, core/audit/current-user). */
export const FHIR_USER_KEY = USER_NAME_KEY;

/** The FHIR base URL of the connected mode. */
export const FHIR_BASE_URL = new InjectionToken<string>('FhirBaseUrl');

/** How the app reaches the server: fhirclient's client for an open server (no SMART launch). */
export async function fhirclientHttp(base: string): Promise<FhirHttp> {
  const FHIR = (await import('fhirclient')).default;
  const client = FHIR.client({ serverUrl: base });
  return { request: (o) => client.request(o) };
}
export const FHIR_RETRY_DELAYS = new InjectionToken<readonly number[]>('FhirRetryDelays');
/** How long one request may take before it is given up (and retried, for a write). */
export const FHIR_TIMEOUT_MS = new InjectionToken<number>('FhirTimeoutMs');

export class FhirTimeoutError extends Error {
  constructor(ms: number) {
    super(
      `the FHIR server did not answer within ${ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`}`,
    );
    this.name = 'FhirTimeoutError';
  }
}

/** Every request through `http` is aborted after `ms` (AbortSignal via the request options). */
export function withTimeout(http: FhirHttp, ms: number): FhirHttp {
  return {
    request: async <T>(o: Parameters<FhirHttp['request']>[0]) => {
      const signal = AbortSignal.timeout(ms);
      try {
        return await http.request<T>({ ...o, signal });
      } catch (e) {
        if (signal.aborted) throw new FhirTimeoutError(ms);
        throw e;
      }
    },
  };
}

/** No answer at all (network, server down, too slow) or a gateway's 502-504: worth retrying. */
function unreachable(e: unknown): boolean {
  if (e instanceof FhirConflictError) return false;
  if (e instanceof FhirTimeoutError) return true;
  const status = (e as { status?: unknown } | null)?.status;
  if (typeof status === 'number') return status >= 502 && status <= 504;
  return e instanceof TypeError;
}

/** A new patient's id is looked for among this many candidates at a time, this many times. */
const CREATE_WINDOW = 25;
const CREATE_WINDOWS = 8;

export const FHIR_HTTP = new InjectionToken<(base: string) => Promise<FhirHttp>>('FhirHttp');

/**
 * Connected mode: patients live on the clinic's FHIR R4 server. Each edit reads the
 * patient's resources, applies the changed fields and writes only the resources that
 * changed, with If-Match of the versions this tab read; a 412 is a conflict, never an
 * overwrite. Patient data goes to this server only.
 */
@Injectable()
export class FhirPatientRepository implements PatientRepository {
  readonly connectedTo = inject(FHIR_BASE_URL);
  /** Who is writing (Settings, or the SMART launch context): named in each Provenance. */
  private readonly user = inject(CurrentUser);
  private readonly timeoutMs = inject(FHIR_TIMEOUT_MS, { optional: true }) ?? 10_000;
  /** The one place the HTTP client is obtained (an open server, or a SMART launch's client). */
  private readonly http: Promise<FhirHttp> = (
    inject(FHIR_HTTP, { optional: true }) ?? fhirclientHttp
  )(this.connectedTo).then((http) => withTimeout(http, this.timeoutMs));
  private readonly store: Promise<FhirStore> = this.http.then(
    (http) =>
      new FhirStore(
        http,
        this.connectedTo,
        () => this.user.current() || null,
        () => this.user.reference(),
      ),
  );
  private readonly worklist: Promise<FhirWorklist> = this.http.then(
    (http) => new FhirWorklist(http, this.connectedTo),
  );
  /** Versions of each patient's resources as this tab last read or wrote them. */
  private readonly opened = new Map<string, Versions>();
  private readonly pids = new Map<string, string>();
  private readonly unreadable = signal<readonly string[]>([]);
  /** Patients on the server the mapping could not read, with the reason. */
  readonly notReadable = this.unreadable.asReadonly();
  /** Waits between attempts when the server does not answer (about 30 s in all). */
  private readonly retryDelays = inject(FHIR_RETRY_DELAYS, { optional: true }) ?? [
    500, 1000, 2000, 4000, 8000, 8000, 8000,
  ];
  readonly externalChanges = NEVER;
  readonly lost = NEVER;

  async list(): Promise<StoredPatient[]> {
    const all = await this.retrying(async () => (await this.store).readAll());
    const problems: string[] = [];
    const out: StoredPatient[] = [];
    for (const read of all) {
      if (!read.caseFile) {
        problems.push(`Patient/${read.pid}: ${read.problems.join('; ')}`);
        continue;
      }
      out.push(this.remember(read, read.caseFile));
    }
    this.unreadable.set(problems);
    return out;
  }

  /** One patient, read from the server; a record the mapping cannot read is an error. */
  async get(id: string): Promise<StoredPatient | null> {
    const read = await (await this.store).read(this.pidOf(id));
    if (!read) return null;
    if (!read.caseFile)
      throw new Error(
        `Patient/${read.pid} is not readable from the server: ${read.problems.join('; ')}`,
      );
    return this.remember(read, read.caseFile);
  }

  /** One worklist page in triage order (see FhirWorklist); the rows' ids are learnt. */
  async worklistPage(
    query: WorklistQuery,
    cursor: WorklistCursor,
    count: number,
  ): Promise<WorklistPage> {
    const page = await (await this.worklist).page(query, cursor, count);
    for (const r of page.rows) this.pids.set(r.id, r.pid);
    return page;
  }

  async putAll(patients: readonly StoredPatient[]): Promise<void> {
    const cases = patients.map((p) => p.caseFile);
    const versions = await this.retrying(async () => (await this.store).putCases(cases));
    for (const p of patients) {
      this.pids.set(p.id, patientIdOf(p.caseFile.id));
      this.opened.set(p.id, versions.get(p.caseFile.id) ?? new Map());
    }
  }

  /**
   * A new patient: its Patient id is read first, in windows of candidates (core/case-ids),
   * and the case is written under the first id the server does not hold. A clinician who
   * creates one on another machine between that read and this write is not seen (FHIR has
   * no "create with this id only if absent"); the worklist shows both then, one replacing
   * the other's resources only in that window of a few milliseconds.
   */
  async create(patient: StoredPatient): Promise<string> {
    const store = await this.store;
    for (let window = 0; window < CREATE_WINDOWS; window++) {
      const ids = candidateIds(patient.id, (window + 1) * CREATE_WINDOW).slice(
        window * CREATE_WINDOW,
      );
      const held = await this.retrying(() => store.heldPatientIds(ids.map(patientIdOf)));
      const free = ids.find((id) => !held.has(patientIdOf(id)) && !this.pids.has(id));
      if (free === undefined) continue;
      await this.putAll([withId(patient, free)]);
      return free;
    }
    throw new Error(
      `no free patient id after ${patient.id}: the server holds the next ${CREATE_WINDOWS * CREATE_WINDOW}`,
    );
  }

  /** Server down or restarting: retried (the edit shows "Saving…"), then a clear error. */
  applyChanges(
    id: string,
    changes: readonly FieldChange[],
    summarise: (p: StoredPatient) => TriageSummary,
  ): Promise<ChangeResult> {
    return this.retrying(() => this.applyOnce(id, changes, summarise));
  }

  private async applyOnce(
    id: string,
    changes: readonly FieldChange[],
    summarise: (p: StoredPatient) => TriageSummary,
  ): Promise<ChangeResult> {
    const store = await this.store;
    const current = await store.read(this.pidOf(id));
    if (!current) return { patient: null, conflicts: [] };
    if (!current.caseFile)
      throw new Error(`not readable from the server: ${current.problems.join('; ')}`);
    const merged = applyChanges(current.caseFile, changes);
    try {
      this.opened.set(
        id,
        await store.writeChanged(current, merged.caseFile, this.opened.get(id) ?? new Map()),
      );
    } catch (e) {
      // Seen now: an edit made again (re-apply) goes through the field-by-field merge.
      if (e instanceof FhirConflictError) this.opened.set(id, current.versions);
      throw e;
    }
    const next: StoredPatient = {
      id,
      caseFile: merged.caseFile,
      updatedAt: Date.now(),
      synthetic: merged.caseFile['synthetic'] === true,
    };
    return { patient: { ...next, summary: summarise(next) }, conflicts: merged.conflicts };
  }

  async delete(id: string): Promise<void> {
    await this.retrying(async () => (await this.store).deletePatient(this.pidOf(id)));
    this.opened.delete(id);
  }

  /** On a shared server nothing is cleared: the demo patients are written (again). */
  reset(patients: readonly StoredPatient[]): Promise<void> {
    return this.putAll(patients);
  }

  async requestPersistence(): Promise<boolean | null> {
    return null;
  }

  private async retrying<T>(run: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await run();
      } catch (e) {
        if (!unreachable(e)) throw e;
        const wait = this.retryDelays[attempt];
        if (wait === undefined)
          throw new Error(
            `the FHIR server ${this.connectedTo} did not answer (${e instanceof Error ? e.message : String(e)})`,
          );
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  private remember(read: ReadPatient, caseFile: StoredPatient['caseFile']): StoredPatient {
    this.pids.set(caseFile.id, read.pid);
    this.opened.set(caseFile.id, read.versions);
    const updated = read.resources[0]?.meta?.lastUpdated;
    return {
      id: caseFile.id,
      caseFile,
      updatedAt: updated ? Date.parse(updated) : Date.now(),
      synthetic: caseFile['synthetic'] === true,
    };
  }

  /** The case id of a FHIR Patient id this tab has read (a launch's patient), if any. */
  caseIdOf(pid: string): string | undefined {
    for (const [caseId, p] of this.pids) if (p === pid) return caseId;
    return undefined;
  }

  /**
   * A launch's patient (a FHIR Patient id) → its case id, read from the server when this tab
   * has not read it yet (the app no longer reads every record at start). A record the mapping
   * cannot read is listed in `notReadable`.
   */
  async resolveCaseId(pid: string): Promise<string | undefined> {
    const known = this.caseIdOf(pid);
    if (known) return known;
    const read = await this.retrying(async () => (await this.store).read(pid));
    if (!read) return undefined;
    if (!read.caseFile) {
      const why = `Patient/${read.pid}: ${read.problems.join('; ')}`;
      this.unreadable.update((all) => (all.includes(why) ? all : [...all, why]));
      return undefined;
    }
    return this.remember(read, read.caseFile).id;
  }

  private pidOf(id: string): string {
    return this.pids.get(id) ?? patientIdOf(id);
  }
}
