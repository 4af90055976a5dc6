import { Injectable, computed, inject, signal } from '@angular/core';
import { ageOn, FHIR_EXTENSIONS, todayIso } from '../../engine';
import type { HumanName, ServiceRequest } from 'fhir/r4';
import type { ReferralStatus, WorklistRow } from '../features/worklist/worklist-rows';
import { PATIENT_REPOSITORY } from './patient-repository';
import {
  FIRST_PAGE,
  type ServerWorklistRow,
  type WorklistCursor,
  type WorklistPage,
  type WorklistQuery,
} from './repository/fhir/fhir-worklist';
import { errorMessage } from './error-message';

/** Rows per server page. */
export const SERVER_PAGE_SIZE = 50;
/** The in-page timing of each page read (performance.measure), for the perf script. */
export const PAGE_MEASURE = 'fhir-worklist-page';
const TYPING_PAUSE_MS = 300;

export const sameQuery = (a: WorklistQuery, b: WorklistQuery): boolean =>
  a.urgency === b.urgency && a.level === b.level && a.status === b.status && a.name === b.name;

/**
 * Connected mode's worklist: pages read from the FHIR server in triage order (see
 * `FhirWorklist`), page N / previous / next. Inactive in embedded mode, where the worklist
 * is the store's rows as before.
 */
@Injectable({ providedIn: 'root' })
export class ServerWorklist {
  private readonly repository = inject(PATIENT_REPOSITORY);
  /** True in connected mode: the worklist screen reads its rows from here. */
  readonly active = typeof this.repository.worklistPage === 'function';

  private readonly query = signal<WorklistQuery | null>(null);
  /** The cursor of each page from the first to the one shown. */
  private readonly cursors = signal<readonly WorklistCursor[]>([FIRST_PAGE]);
  private readonly page = signal<WorklistPage | null>(null);
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  private seq = 0;
  private typing: ReturnType<typeof setTimeout> | null = null;

  readonly pageNumber = computed(() => this.cursors().length);
  readonly hasPrevious = computed(() => this.cursors().length > 1);
  readonly hasNext = computed(() => !!this.page()?.next);
  readonly truncated = computed(() => this.page()?.truncated === true);
  readonly rows = computed(() => {
    const today = todayIso();
    return (this.page()?.rows ?? []).map((r) => worklistRowOf(r, today));
  });

  /** The worklist screen opened: the page shown before, read again, or this query's first. */
  show(query: WorklistQuery): void {
    const current = this.query();
    if (current && sameQuery(current, query)) return void this.read(this.cursors());
    this.query.set(query);
    void this.read([FIRST_PAGE]);
  }

  /** The filters changed: the first page of this query (a typed name: once typing pauses). */
  load(query: WorklistQuery): void {
    const current = this.query();
    if (current && sameQuery(current, query)) return;
    const nameChanged = current !== null && current.name !== query.name;
    this.query.set(query);
    if (this.typing) clearTimeout(this.typing);
    if (!nameChanged) return void this.read([FIRST_PAGE]);
    this.typing = setTimeout(() => void this.read([FIRST_PAGE]), TYPING_PAUSE_MS);
  }

  next(): void {
    const next = this.page()?.next;
    if (next) void this.read([...this.cursors(), next]);
  }

  previous(): void {
    if (this.hasPrevious()) void this.read(this.cursors().slice(0, -1));
  }

  retry(): void {
    void this.read(this.cursors());
  }

  private async read(cursors: readonly WorklistCursor[]): Promise<void> {
    const query = this.query();
    if (!query || !this.repository.worklistPage) return;
    const seq = ++this.seq;
    this.loading.set(true);
    const start = performance.now();
    try {
      const page = await this.repository.worklistPage(query, cursors.at(-1)!, SERVER_PAGE_SIZE);
      if (seq !== this.seq) return;
      this.page.set(page);
      this.cursors.set(cursors);
      this.error.set(null);
      performance.measure(PAGE_MEASURE, {
        start,
        detail: { page: cursors.length, rows: page.rows.length, requests: page.requests },
      });
    } catch (e) {
      if (seq === this.seq) this.error.set(errorMessage(e));
    } finally {
      if (seq === this.seq) this.loading.set(false);
    }
  }
}

function nameOf(names: readonly HumanName[] | undefined): string | undefined {
  const n = names?.find((x) => x.use === 'official') ?? names?.[0];
  const text = n?.text ?? [...(n?.prefix ?? []), ...(n?.given ?? []), n?.family ?? ''].join(' ');
  return text.trim() || undefined;
}

function statusOf(sr: ServiceRequest | null): ReferralStatus {
  const s = sr?.extension?.find((e) => e.url === FHIR_EXTENSIONS.referralStatus)?.valueCode;
  if (s === 'new' || s === 'in-review' || s === 'done') return s;
  return sr?.status === 'completed' ? 'done' : 'new';
}

/** A server row as the worklist shows it (the same fields as an embedded row). */
export function worklistRowOf(r: ServerWorklistRow, today: string): WorklistRow {
  const name = nameOf(r.patient?.name) ?? r.id;
  const sr = r.referral;
  const birth = r.patient?.birthDate;
  return {
    id: r.id,
    name,
    key: name.toLowerCase(),
    age: birth && /^\d{4}-\d{2}-\d{2}$/.test(birth) ? ageOn(birth, today) : null,
    referralDate: sr?.authoredOn?.slice(0, 10) ?? '',
    referrer: sr?.requester?.display ?? '',
    reason: sr?.reasonCode?.[0]?.text ?? '',
    priority: sr?.priority === 'urgent' || sr?.priority === 'routine' ? sr.priority : '',
    status: statusOf(sr),
    urgency: r.urgency,
    level: r.level,
    manipulation: r.verdicts['cervical-manipulation'],
    verdicts: r.verdicts,
    screened: r.screened,
  };
}
