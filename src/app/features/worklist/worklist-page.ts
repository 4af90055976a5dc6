import { ScrollingModule, type CdkVirtualScrollViewport } from '@angular/cdk/scrolling';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { BreakpointObserver } from '@angular/cdk/layout';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { map } from 'rxjs';
import { MODALITIES, VAS_LEVELS, VERDICTS, type Modality } from '../../../engine';
import { selectWorklistRows } from '../../core/worklist.selectors';
import { patientsFeature } from '../../core/patients.feature';
import { missingScopes, WORKLIST_SCOPES } from '../../core/smart/smart-scopes';
import { SmartSession } from '../../core/smart/smart-session';
import { sameQuery, ServerWorklist } from '../../core/server-worklist';
import { markStart, measureAfterPaint, PERF } from '../../core/perf-marks';
import {
  filterAndSort,
  MODALITY_SHORT,
  urgencyShown,
  WORKLIST_URGENCIES,
  type SortDirection,
  type WorklistFilter,
  type WorklistRow,
  type WorklistSort,
} from './worklist-rows';

const ROW_HEIGHT = 40;
/** On a phone each referral is a card (name, then chips): a taller fixed row. */
const CARD_HEIGHT = 104;
const DEFAULTS = {
  status: 'all',
  urgency: 'all',
  level: 'all',
  modality: 'cervical-manipulation',
  verdict: 'all',
  search: '',
  sort: 'triage',
  dir: 'asc',
} as const;
type FilterKey = keyof typeof DEFAULTS;

/** Sortable column headers: the sort key each one sets. */
const COLUMNS: readonly { key: WorklistSort | null; label: string; cls: string }[] = [
  { key: 'name', label: 'Name', cls: 'c-name' },
  { key: 'age', label: 'Age', cls: 'c-age' },
  { key: 'referral-date', label: 'Referral', cls: 'c-date' },
  { key: null, label: 'Referred by', cls: 'c-from' },
  { key: null, label: 'Reason', cls: 'c-reason' },
  { key: 'urgency', label: 'Urgency', cls: 'c-urg' },
  { key: 'level', label: 'Suspicion', cls: 'c-lvl' },
  { key: 'verdict', label: 'Verdict', cls: 'c-manip' },
  { key: 'status', label: 'Status', cls: 'c-status' },
];

/** Referral worklist, triaged: urgency, suspicion, oldest referral first. */
@Component({
  selector: 'app-worklist-page',
  imports: [ScrollingModule, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './worklist-page.html',
  styleUrl: './worklist-page.scss',
})
export class WorklistPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly viewport = viewChild<CdkVirtualScrollViewport>('viewport');

  protected readonly phone = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 599.98px)')
      .pipe(map((r) => r.matches)),
    { initialValue: false },
  );
  protected readonly rowHeight = computed(() => (this.phone() ? CARD_HEIGHT : ROW_HEIGHT));
  protected readonly urgencies = WORKLIST_URGENCIES;
  protected readonly levels = VAS_LEVELS;
  protected readonly verdicts = VERDICTS;
  protected readonly modalities = MODALITIES;
  protected readonly modalityShort = MODALITY_SHORT;
  protected readonly columns = COLUMNS;
  protected readonly urgencyShown = urgencyShown;
  protected readonly loaded = this.store.selectSignal(patientsFeature.selectLoaded);
  /** Connected mode: rows come from the FHIR server a page at a time (core/server-worklist). */
  protected readonly server = inject(ServerWorklist);
  private readonly all = this.server.active
    ? this.server.rows
    : this.store.selectSignal(selectWorklistRows);
  protected readonly total = computed(() => this.all().length);

  protected readonly filters = new FormGroup({
    status: new FormControl<WorklistFilter['status']>('all', { nonNullable: true }),
    urgency: new FormControl<WorklistFilter['urgency']>('all', { nonNullable: true }),
    level: new FormControl<WorklistFilter['level']>('all', { nonNullable: true }),
    modality: new FormControl<Modality>('cervical-manipulation', { nonNullable: true }),
    verdict: new FormControl<NonNullable<WorklistFilter['verdict']>>('all', {
      nonNullable: true,
    }),
    search: new FormControl('', { nonNullable: true }),
    sort: new FormControl<WorklistSort>('triage', { nonNullable: true }),
    dir: new FormControl<SortDirection>('asc', { nonNullable: true }),
  });
  private readonly filterValue = toSignal(this.filters.valueChanges, {
    initialValue: this.filters.getRawValue(),
  });
  private readonly smart = inject(SmartSession);
  /** SMART: the scopes the worklist needs that the sign-in did not grant (none: shown). */
  protected readonly missingGrant = computed(() =>
    this.smart.active && this.smart.granted() !== null
      ? missingScopes(this.smart.granted(), WORKLIST_SCOPES)
      : [],
  );
  protected readonly rows = computed(() => {
    if (this.missingGrant().length > 0) return [];
    const f = { ...this.filters.getRawValue(), ...this.filterValue() };
    return filterAndSort(this.all(), f, f.sort, f.dir);
  });
  protected readonly sort = computed(() => {
    const f = { ...this.filters.getRawValue(), ...this.filterValue() };
    return { key: f.sort, dir: f.dir };
  });
  /** The modality whose verdict the last column shows. */
  protected readonly modality = computed(
    () => ({ ...this.filters.getRawValue(), ...this.filterValue() }).modality,
  );

  constructor() {
    // Filters and sort live in the URL query: Back from a patient restores them.
    const q = this.route.snapshot.queryParamMap;
    const initial: Partial<Record<FilterKey, string>> = {};
    for (const k of Object.keys(DEFAULTS) as FilterKey[]) {
      const v = q.get(k);
      if (v !== null) initial[k] = v;
    }
    this.filters.patchValue(initial as Partial<ReturnType<typeof this.filters.getRawValue>>);
    // Perf marks (issue 15): navigation → first rows painted; a sort or filter → painted.
    const injector = inject(Injector);
    const firstRows = effect(() => {
      if (this.rows().length === 0) return;
      measureAfterPaint(injector, PERF.worklistFirstRender, PERF.navigation, false);
      firstRows.destroy();
    });
    let urlPending = false;
    let left = false;
    inject(DestroyRef).onDestroy(() => (left = true));
    let sorted = `${this.filters.getRawValue().sort}|${this.filters.getRawValue().dir}`;
    this.filters.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      const v = this.filters.getRawValue();
      const name = `${v.sort}|${v.dir}` === sorted ? PERF.worklistFilter : PERF.worklistSort;
      sorted = `${v.sort}|${v.dir}`;
      markStart(name);
      measureAfterPaint(injector, name);
      // The URL follows once the rows are painted (the router's work is not in their way).
      if (urlPending) return;
      urlPending = true;
      afterNextRender(
        () =>
          setTimeout(() => {
            urlPending = false;
            // Not once the page is left (a row opened meanwhile): that URL is not touched.
            if (!left) this.syncUrl();
          }),
        { injector },
      );
    });
    // Connected: urgency, suspicion, status and name are asked of the server.
    if (this.server.active) {
      const query = computed(
        () => {
          const f = { ...this.filters.getRawValue(), ...this.filterValue() };
          return { urgency: f.urgency, level: f.level, status: f.status, name: f.search };
        },
        { equal: sameQuery },
      );
      this.server.show(query());
      effect(() => this.server.load(query()));
    }
  }

  /** Filters and sort into the URL query (defaults left out), replacing the entry. */
  private syncUrl(): void {
    const v = this.filters.getRawValue();
    const queryParams: Record<string, string | null> = {};
    for (const k of Object.keys(DEFAULTS) as FilterKey[])
      queryParams[k] = v[k] === DEFAULTS[k] ? null : v[k];
    void this.router.navigate([], { queryParams, replaceUrl: true });
  }

  /** A header click sorts by that column; a second click reverses it. */
  protected sortBy(key: WorklistSort): void {
    const { key: current, dir } = this.sort();
    this.filters.patchValue({
      sort: key,
      dir: current === key && dir === 'asc' ? 'desc' : 'asc',
    });
  }

  protected ariaSort(key: WorklistSort | null): string | null {
    if (!key) return null;
    const s = this.sort();
    return s.key === key ? (s.dir === 'asc' ? 'ascending' : 'descending') : 'none';
  }
  protected readonly active = signal(0);
  protected readonly activeId = computed(() =>
    this.rows()[this.active()] ? `wl-row-${this.active()}` : null,
  );

  protected onKey(e: KeyboardEvent): void {
    const n = this.rows().length;
    if (n === 0) return;
    let next = this.active();
    if (e.key === 'ArrowDown' || e.key === 'j') next = Math.min(n - 1, next + 1);
    else if (e.key === 'ArrowUp' || e.key === 'k') next = Math.max(0, next - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    else if (e.key === 'Enter') {
      const row = this.rows()[next];
      if (row) void this.open(row);
      return;
    } else return;
    e.preventDefault();
    this.active.set(next);
    this.reveal(next);
  }

  private reveal(i: number): void {
    const vp = this.viewport();
    if (!vp) return;
    const range = vp.getRenderedRange();
    const h = this.rowHeight();
    const firstFull = Math.ceil(vp.measureScrollOffset() / h);
    const visible = Math.floor(vp.getViewportSize() / h);
    if (i < firstFull || i >= firstFull + visible || i < range.start || i >= range.end) {
      vp.scrollToOffset(Math.max(0, (i - Math.floor(visible / 2)) * h));
    }
  }

  protected open(row: WorklistRow): Promise<boolean> {
    return this.router.navigate(['/patients', row.id]);
  }

  /**
   * Rows are tracked by position: a sort or filter rewrites the bindings of the rows already
   * on screen instead of destroying and creating every visible row (issue 15).
   */
  protected trackByIndex(i: number): number {
    return i;
  }

  /** Click or tap anywhere on a row opens the patient. */
  protected select(i: number, row: WorklistRow): void {
    this.active.set(i);
    void this.open(row);
  }
}
