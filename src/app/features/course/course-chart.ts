import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { LineChartModule, ScaleType, type Color } from '@swimlane/ngx-charts';
import { chartSeries, METRIC_LABEL, METRICS, type Metric, type SessionRow } from './course-view';

const SCHEME: Color = {
  name: 'course',
  selectable: false,
  group: ScaleType.Ordinal,
  domain: ['#b3261e', '#1565c0', '#6a1b9a'],
};
/** Above this many sessions the chart animates nothing (the data table still has every row). */
const ANIMATION_LIMIT = 60;
/** With more courses than this the chart shows a window of the latest ones, movable. */
const WINDOW_COURSES = 10;

/** Pain, dizziness and headache per session, course boundaries and flagged sessions marked. */
@Component({
  selector: 'app-course-chart',
  imports: [LineChartModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="toggles">
      <legend class="visually-hidden">Series</legend>
      @for (m of metrics; track m) {
        <label [class]="'toggle ' + m">
          <input type="checkbox" [checked]="visible().has(m)" (change)="toggle(m)" />
          {{ label[m] }}
        </label>
      }
      <span class="key"
        >Grid lines: <strong>C</strong> course start · <strong>⚑</strong> flagged session</span
      >
    </fieldset>
    @if (windowed(); as w) {
      <p class="window">
        <button type="button" (click)="move(-1)" [disabled]="w.start === 0">Earlier courses</button>
        Showing courses {{ w.first }}-{{ w.last }} of {{ w.total }} (every session is in the table)
        <button type="button" (click)="move(1)" [disabled]="w.end === w.total">
          Later courses
        </button>
      </p>
    }
    <div class="chart" aria-hidden="true" data-chart="course" [@.disabled]="true">
      @if (width() > 0) {
        <ngx-charts-line-chart
          [view]="[width(), 260]"
          [results]="series()"
          [scheme]="scheme"
          [xAxis]="true"
          [yAxis]="true"
          [showGridLines]="true"
          [xAxisTicks]="ticks()"
          [xScaleMax]="xMax()"
          [xAxisTickFormatting]="tickLabel"
          [yScaleMin]="0"
          [yScaleMax]="10"
          [yAxisTicks]="[0, 2, 4, 6, 8, 10]"
          [showXAxisLabel]="true"
          xAxisLabel="Session (# number, month-day)"
          [showYAxisLabel]="true"
          yAxisLabel="0-10"
          [animations]="shownRows().length <= animationLimit"
          [autoScale]="false"
        >
          <ng-template #tooltipTemplate let-model="model">
            <div class="tip">
              Session {{ model.extra?.n }} · {{ model.extra?.date }} · course
              {{ model.extra?.course }}<br />
              {{ model.series }}: {{ model.value }} · {{ model.extra?.modality }}
              @if (model.extra?.flagged) {
                <br /><strong>⚑ flagged</strong>
              }
            </div>
          </ng-template>
        </ngx-charts-line-chart>
      }
    </div>
  `,
  host: { style: 'display: block; min-width: 0' },
  styles: `
    .chart {
      min-height: 260px;
    }
    .toggles {
      border: 0;
      padding: 0;
      margin: 0 0 4px;
      display: flex;
      gap: 14px;
      font-size: 13px;
      align-items: center;
    }
    .toggle.pain {
      color: #b3261e;
    }
    .toggle.dizziness {
      color: #1565c0;
    }
    .toggle.headache {
      color: #6a1b9a;
    }
    .key {
      color: var(--mat-sys-on-surface-variant);
      font-size: 12px;
    }
    .window {
      font-size: 12px;
      margin: 0 0 4px;
      display: flex;
      gap: 8px;
      align-items: center;
    }
    .tip {
      font-size: 12px;
      padding: 4px;
    }
  `,
})
export class CourseChart {
  readonly rows = input.required<readonly SessionRow[]>();
  readonly courseStarts = input.required<readonly number[]>();
  readonly flagged = input.required<readonly number[]>();
  /** Sized to its container (tablet, phone): the host's width, measured as it changes. */
  protected readonly width = signal(0);

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      // The first draw waits for the real width (one draw, not a draw at 820 px and a redraw).
      this.width.set(Math.max(260, Math.floor(host.getBoundingClientRect().width) || 820));
      if (typeof ResizeObserver === 'undefined') return;
      const ro = new ResizeObserver((entries) => {
        const w = Math.floor(entries[0]?.contentRect.width ?? 0);
        if (w > 0 && w !== this.width()) this.width.set(Math.max(260, w));
      });
      ro.observe(host);
      destroyRef.onDestroy(() => ro.disconnect());
    });
  }

  protected readonly metrics = METRICS;
  protected readonly label = METRIC_LABEL;
  protected readonly scheme = SCHEME;
  protected readonly animationLimit = ANIMATION_LIMIT;
  protected readonly visible = signal<ReadonlySet<Metric>>(new Set(METRICS));
  private readonly courseNumbers = computed(() => [...new Set(this.rows().map((r) => r.course))]);
  /** End (exclusive) of the course window, as an index into the course numbers; null = latest. */
  private readonly windowEnd = signal<number | null>(null);
  protected readonly windowed = computed(() => {
    const cs = this.courseNumbers();
    if (cs.length <= WINDOW_COURSES) return null;
    const end = Math.min(cs.length, this.windowEnd() ?? cs.length);
    const start = Math.max(0, end - WINDOW_COURSES);
    return {
      start,
      end,
      total: cs.length,
      first: cs[start]!,
      last: cs[end - 1]!,
      courses: new Set(cs.slice(start, end)),
    };
  });
  protected readonly shownRows = computed(() => {
    const w = this.windowed();
    return w ? this.rows().filter((r) => w.courses.has(r.course)) : this.rows();
  });
  protected readonly series = computed(() => chartSeries(this.shownRows(), this.visible()));
  /** Session numbers and dates on the x axis: every session when few, else about 12 of them. */
  protected readonly ticks = computed(() => {
    const shown = this.shownRows();
    const lo = shown[0]?.n ?? 0;
    const hi = shown[shown.length - 1]?.n ?? 0;
    const step = Math.max(1, Math.ceil(shown.length / 12));
    const regular = shown.filter((_, i) => i % step === 0).map((r) => r.n);
    return [...new Set([...regular, ...this.courseStarts(), ...this.flagged()])]
      .filter((n) => n >= lo && n <= hi)
      .sort((a, b) => a - b);
  });
  /**
   * The x domain ends a little after the last session, so that session's label (centred on
   * its tick) stays inside the chart: half the label past the plot, less the chart's 20 px
   * right margin. Labels are ~7 px a character at the axis font size.
   */
  protected readonly xMax = computed(() => {
    const shown = this.shownRows();
    const lo = shown[0]?.n ?? 0;
    const hi = shown[shown.length - 1]?.n ?? 0;
    const padPx = (this.tickLabel(hi).length * 7) / 2 - 20 + 4;
    /** The plot: the chart less its margins (2 × 20 px) and the y axis with its label. */
    const plot = this.width() - 40 - 50;
    if (hi <= lo || padPx <= 0 || plot <= 2 * padPx) return hi;
    return hi + (padPx * (hi - lo)) / (plot - padPx);
  });
  protected readonly tickLabel = (n: number): string => {
    const row = this.rows().find((r) => r.n === n);
    const parts: string[] = [`#${n}`];
    if (row) parts.push(row.session.date.slice(5));
    if (this.courseStarts().includes(n)) parts.push(`C${row?.course ?? ''}`);
    if (this.flagged().includes(n)) parts.push(`⚑${n}`);
    return parts.join(' ');
  };

  protected move(step: number): void {
    const w = this.windowed();
    if (!w) return;
    this.windowEnd.set(Math.max(WINDOW_COURSES, Math.min(w.total, w.end + step * WINDOW_COURSES)));
  }

  protected toggle(m: Metric): void {
    const next = new Set(this.visible());
    if (next.has(m)) next.delete(m);
    else next.add(m);
    this.visible.set(next);
  }
}
