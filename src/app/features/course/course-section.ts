import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  OnInit,
  output,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  findingLabel,
  MODALITIES,
  modalityLabel,
  todayIso,
  type Assessment,
  type CaseFile,
  type FindingId,
  type Medication,
  type TreatmentSession,
} from '../../../engine';
import { CourseChart } from './course-chart';
import { courseView, nextCourseNumber, METRIC_LABEL, type SessionRow } from './course-view';
import { fromSession, NEW_SYMPTOM_CHOICES, sessionForm, toSession } from './session-form';
import { MedicationLog } from './medication-log';

/** Session log, course chart, per-course summary and medication log of one patient. */
@Component({
  selector: 'app-course-section',
  imports: [ReactiveFormsModule, MatButtonModule, CourseChart, MedicationLog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './course-section.html',
  styleUrl: './course-section.scss',
})
export class CourseSection implements OnInit {
  private readonly snackBar = inject(MatSnackBar);
  readonly caseFile = input.required<CaseFile>();
  readonly assessment = input.required<Assessment>();
  readonly edited = output<CaseFile>();

  protected readonly view = computed(() => courseView(this.caseFile(), this.assessment()));
  protected readonly modalities = MODALITIES;
  protected readonly modalityLabel = modalityLabel;
  protected readonly findingLabel = findingLabel;
  protected readonly symptomChoices = NEW_SYMPTOM_CHOICES;
  protected readonly metricLabel = METRIC_LABEL;
  protected readonly form = sessionForm(todayIso(), 1);
  /** Index (in `sessions`) of the session being edited, or null when adding. */
  protected readonly editing = signal<number | null>(null);
  /** The session table is built only while open (400 rows cost more than the chart). */
  private readonly logOpenedByUser = signal<boolean | null>(null);
  protected readonly logOpen = computed(
    () => this.logOpenedByUser() ?? this.view().rows.length <= 12,
  );
  private readonly selectedModality = toSignal(this.form.controls.modality.valueChanges, {
    initialValue: this.form.controls.modality.value,
  });

  /** A stop flag on a session of the modality about to be logged. */
  protected readonly stopWarning = computed(() => {
    const a = this.assessment();
    if (a.course.status !== 'stop') return null;
    const modality = this.selectedModality();
    const stops = this.view()
      .rows.filter((r) => r.session.modality === modality)
      .flatMap((r) => r.flags.filter((f) => f.rule.startsWith('COURSE-STOP')));
    return stops.length > 0 ? stops : null;
  });

  ngOnInit(): void {
    this.prepareNew();
  }

  protected prepareNew(): void {
    this.editing.set(null);
    const rows = this.view().rows;
    const last = rows[rows.length - 1]?.session;
    this.form.reset();
    this.form.patchValue({
      date: todayIso(),
      course: nextCourseNumber(rows),
      modality: last?.modality ?? 'collar-zone-massage',
    });
  }

  protected edit(row: SessionRow): void {
    this.editing.set(row.index);
    fromSession(this.form, row.session, row.course);
  }

  protected toggleSymptom(id: FindingId, on: boolean): void {
    const now = new Set(this.form.controls.newSymptoms.value);
    if (on) now.add(id);
    else now.delete(id);
    this.form.controls.newSymptoms.setValue([...now]);
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const session = toSession(this.form);
    const c = this.caseFile();
    const sessions = [...(c.sessions ?? [])];
    const i = this.editing();
    if (i === null) sessions.push(session);
    else sessions[i] = session;
    this.edited.emit({ ...c, sessions });
    this.prepareNew();
  }

  protected remove(row: SessionRow): void {
    const c = this.caseFile();
    const removed = (c.sessions ?? [])[row.index];
    if (!removed) return;
    this.edited.emit({ ...c, sessions: (c.sessions ?? []).filter((_, k) => k !== row.index) });
    this.snackBar
      .open(`Deleted session ${row.n} (${row.session.date})`, 'Undo', { duration: 8000 })
      .onAction()
      .subscribe(() => {
        const now = this.caseFile();
        const sessions = [...(now.sessions ?? [])];
        sessions.splice(Math.min(row.index, sessions.length), 0, removed);
        this.edited.emit({ ...now, sessions });
      });
  }

  protected logToggled(e: Event): void {
    const open = (e.target as HTMLDetailsElement).open;
    if (open !== this.logOpen()) this.logOpenedByUser.set(open);
  }

  protected medicationsChanged(medications: Medication[]): void {
    this.edited.emit({ ...this.caseFile(), medications });
  }

  protected scrollTo(n: number): void {
    const el = document.querySelector<HTMLElement>(`[data-session="${n}"]`);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  }

  protected rating(v: number | null | undefined): string {
    return v === null || v === undefined ? '–' : String(v);
  }

  protected trackSession(_: number, r: SessionRow): TreatmentSession {
    return r.session;
  }
}
