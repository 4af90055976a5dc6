import { ScrollingModule, type CdkVirtualScrollViewport } from '@angular/cdk/scrolling';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { URGENCY_LEVELS, VAS_LEVELS } from '../../../engine';
import { selectWorklistRows } from '../../core/worklist.selectors';
import { patientsFeature } from '../../core/patients.feature';
import {
  filterAndSort,
  type WorklistFilter,
  type WorklistRow,
  type WorklistSort,
} from './worklist-rows';

const ROW_HEIGHT = 40;

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
  private readonly viewport = viewChild<CdkVirtualScrollViewport>('viewport');

  protected readonly rowHeight = ROW_HEIGHT;
  protected readonly urgencies = URGENCY_LEVELS;
  protected readonly levels = VAS_LEVELS;
  protected readonly loaded = this.store.selectSignal(patientsFeature.selectLoaded);
  private readonly all = this.store.selectSignal(selectWorklistRows);
  protected readonly total = computed(() => this.all().length);

  protected readonly filters = new FormGroup({
    status: new FormControl<WorklistFilter['status']>('all', { nonNullable: true }),
    urgency: new FormControl<WorklistFilter['urgency']>('all', { nonNullable: true }),
    level: new FormControl<WorklistFilter['level']>('all', { nonNullable: true }),
    search: new FormControl('', { nonNullable: true }),
    sort: new FormControl<WorklistSort>('triage', { nonNullable: true }),
  });
  private readonly filterValue = toSignal(this.filters.valueChanges, {
    initialValue: this.filters.getRawValue(),
  });
  protected readonly rows = computed(() => {
    const f = { ...this.filters.getRawValue(), ...this.filterValue() };
    return filterAndSort(this.all(), f, f.sort);
  });
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
    const firstFull = Math.ceil(vp.measureScrollOffset() / ROW_HEIGHT);
    const visible = Math.floor(vp.getViewportSize() / ROW_HEIGHT);
    if (i < firstFull || i >= firstFull + visible || i < range.start || i >= range.end) {
      vp.scrollToOffset(Math.max(0, (i - Math.floor(visible / 2)) * ROW_HEIGHT));
    }
  }

  protected open(row: WorklistRow): Promise<boolean> {
    return this.router.navigate(['/patients', row.id]);
  }

  protected trackById(_: number, r: WorklistRow): string {
    return r.id;
  }

  protected select(i: number): void {
    this.active.set(i);
  }
}
