import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { mergeReasons } from './merge-reasons';
import {
  findingLabel,
  MODALITIES,
  modalityLabel,
  orderSessions,
  sessionPain,
  type Assessment,
  type CaseFile,
  type FindingId,
  type FindingValue,
} from '../../../engine';
import { DecisionPrint } from '../audit/decision-print';

const W = 520;
const H = 130;
/** Plot area inside the chart: room on the left for the 0-10 axis, below for sessions. */
const PLOT = { left: 34, right: W - 10, top: 8, bottom: H - 30 };

/** The one-page (A4) clinician summary: shown only when printing. */
@Component({
  selector: 'app-print-summary',
  imports: [DecisionPrint, NgTemplateOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'print-only' },
  templateUrl: './print-summary.html',
  styleUrl: './print-summary.scss',
})
export class PrintSummary {
  readonly caseFile = input.required<CaseFile>();
  readonly assessment = input.required<Assessment>();

  protected readonly modalities = MODALITIES;
  protected readonly modalityLabel = modalityLabel;
  protected readonly width = W;
  protected readonly height = H;
  protected readonly plot = PLOT;
  /** Reasons as the screen shows them: one line for several red flags of one rule. */
  protected readonly merge = mergeReasons;

  protected readonly triad = computed(() => {
    const t = this.assessment().vas.triad;
    const say = (v: boolean | null) => (v === true ? 'yes' : v === false ? 'no' : 'not asked');
    return `Headache ${say(t.headache)} · dizziness ${say(t.dizziness)} · visual disturbance ${say(t.visualDisturbance)}`;
  });

  protected readonly present = computed(() =>
    Object.entries(this.caseFile().findings)
      .filter(
        ([, v]) =>
          v === true ||
          (typeof v === 'object' && v !== null && (v as FindingValue & object).present === true),
      )
      .map(([k]) => findingLabel(k as FindingId)),
  );

  protected readonly imaging = computed(() =>
    (this.caseFile().imaging ?? []).map((s, i) => {
      const mentions = this.assessment().conflicts;
      return {
        key: i,
        title: `${s.modality.toUpperCase()} ${s.region}${s.date ? `, ${s.date}` : ''}`,
        report: s.report ?? '',
        conflicts: mentions.length,
      };
    }),
  );

  /**
   * Pain / dizziness / headache polylines across sessions with both axes: 0-10 on the left
   * (0, 5, 10), session number and date (month-day) below, course starts dashed.
   */
  protected readonly chart = computed(() => {
    const ordered = orderSessions(this.caseFile().sessions ?? []);
    if (ordered.length === 0) return null;
    const span = PLOT.right - PLOT.left;
    const x = (i: number) =>
      ordered.length === 1 ? PLOT.left + span / 2 : PLOT.left + (i / (ordered.length - 1)) * span;
    const y = (v: number) => PLOT.bottom - (v / 10) * (PLOT.bottom - PLOT.top);
    const line = (get: (i: number) => number | null | undefined) =>
      ordered
        .map((o, i) => ({ i, v: get(i) }))
        .filter((p): p is { i: number; v: number } => typeof p.v === 'number')
        .map((p) => `${x(p.i).toFixed(1)},${y(p.v).toFixed(1)}`)
        .join(' ');
    /** About ten session labels at most, always the first and the last. */
    const step = Math.max(1, Math.ceil(ordered.length / 10));
    const xTicks = ordered
      .map((o, i) => ({ i, o }))
      .filter(({ i }) => i % step === 0 || i === ordered.length - 1)
      .filter(
        ({ i }) => i === ordered.length - 1 || ordered.length - 1 - i >= step / 2 || step === 1,
      )
      .map(({ i, o }) => ({
        x: x(i),
        n: `#${i + 1}`,
        date: o.session.date.slice(5),
        anchor:
          i === 0 && ordered.length > 1
            ? 'start'
            : i === ordered.length - 1 && ordered.length > 1
              ? 'end'
              : 'middle',
      }));
    return {
      pain: line((i) => sessionPain(ordered[i]!.session)),
      dizziness: line((i) => ordered[i]!.session.dizziness),
      headache: line((i) => ordered[i]!.session.headache),
      courses: ordered
        .filter((o) => o.position === 1)
        .map((o) => ({ x: x(o.index), label: `C${o.course}` })),
      yTicks: [0, 5, 10].map((v) => ({ y: y(v), label: String(v) })),
      xTicks,
    };
  });
}
