import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
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
const H = 90;

/** The one-page (A4) clinician summary: shown only when printing. */
@Component({
  selector: 'app-print-summary',
  imports: [DecisionPrint],
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

  /** Pain / dizziness / headache polylines across sessions, course starts as ticks. */
  protected readonly chart = computed(() => {
    const ordered = orderSessions(this.caseFile().sessions ?? []);
    if (ordered.length === 0) return null;
    const x = (i: number) =>
      ordered.length === 1 ? W / 2 : (i / (ordered.length - 1)) * (W - 20) + 10;
    const y = (v: number) => H - 8 - (v / 10) * (H - 16);
    const line = (get: (i: number) => number | null | undefined) =>
      ordered
        .map((o, i) => ({ i, v: get(i) }))
        .filter((p): p is { i: number; v: number } => typeof p.v === 'number')
        .map((p) => `${x(p.i).toFixed(1)},${y(p.v).toFixed(1)}`)
        .join(' ');
    return {
      pain: line((i) => sessionPain(ordered[i]!.session)),
      dizziness: line((i) => ordered[i]!.session.dizziness),
      headache: line((i) => ordered[i]!.session.headache),
      courses: ordered
        .filter((o) => o.position === 1)
        .map((o) => ({ x: x(o.index), label: `C${o.course}` })),
    };
  });
}
