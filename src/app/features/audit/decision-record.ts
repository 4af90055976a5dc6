import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  ENGINE_VERSION,
  RULES_VERSION,
  todayIso,
  type Assessment,
  type Modality,
  type Verdict,
} from '../../../engine';
import { AuditLog } from '../../core/audit/audit-log';
import { CurrentUser } from '../../core/audit/current-user';
import { auditEntriesOf } from './audit-entries';
import {
  DECISION_REASONS,
  decisionLabel,
  decisionProblems,
  decisionsFor,
  reasonLabel,
  reasonRequired,
  type DecisionDraft,
} from '../../core/audit/decision';

type Choice = 'proceed' | 'do-not-proceed';

/**
 * "Record decision" on a modality card: proceed / do not proceed, signed with the
 * clinician's name, the date, the engine and rules versions and the verdict shown. Signed
 * records are never edited; "Amend" adds a newer one and the old one shows as superseded.
 */
@Component({
  selector: 'app-decision-record',
  imports: [ReactiveFormsModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './decision-record.html',
  styleUrl: './decision-record.scss',
})
export class DecisionRecordPanel {
  private readonly audit = inject(AuditLog);
  private readonly user = inject(CurrentUser);
  readonly caseId = input.required<string>();
  readonly modality = input.required<Modality>();
  readonly verdict = input.required<Verdict>();
  readonly assessment = input.required<Assessment>();

  protected readonly reasons = DECISION_REASONS;
  protected readonly decisionLabel = decisionLabel;
  protected readonly reasonLabel = reasonLabel;
  private readonly entries = auditEntriesOf(() => this.caseId());
  protected readonly decisions = computed(() => decisionsFor(this.entries(), this.modality()));
  protected readonly current = computed(() => this.decisions()[0] ?? null);
  protected readonly superseded = computed(() => this.decisions().slice(1));
  protected readonly open = signal(false);
  protected readonly problems = signal<string[]>([]);
  protected readonly saving = signal(false);

  protected readonly form = new FormGroup({
    decision: new FormControl<Choice | null>(null),
    reasonCode: new FormControl<string | null>(null),
    reasonText: new FormControl('', { nonNullable: true }),
    clinician: new FormControl('', { nonNullable: true }),
  });
  private readonly chosen = signal<Choice | null>(null);
  protected readonly needsReason = computed(() => reasonRequired(this.chosen(), this.verdict()));
  protected readonly idBase = computed(() => `decision-${this.modality()}`);

  constructor() {
    this.form.controls.decision.valueChanges.subscribe((v) => this.chosen.set(v));
  }

  protected start(): void {
    this.form.reset({
      decision: null,
      reasonCode: null,
      reasonText: '',
      clinician: this.user.current(),
    });
    this.problems.set([]);
    this.open.set(true);
  }

  protected cancel(): void {
    this.open.set(false);
    this.problems.set([]);
  }

  protected async sign(): Promise<void> {
    const v = this.form.getRawValue();
    const draft: DecisionDraft = { ...v, reasonText: v.reasonText.trim() };
    const verdict = this.verdict();
    const problems = decisionProblems(draft, verdict);
    this.problems.set(problems);
    if (problems.length > 0 || draft.decision === null) return;
    const a = this.assessment();
    const withReason = reasonRequired(draft.decision, verdict) || !!draft.reasonCode;
    const clinician = draft.clinician.trim();
    if (!this.user.current() && this.user.editable) this.user.setName(clinician);
    this.saving.set(true);
    try {
      await this.audit.record({
        patientId: this.caseId(),
        action: 'decision',
        decision: {
          modality: this.modality(),
          decision: draft.decision,
          verdict,
          reasonCode: withReason ? draft.reasonCode : null,
          reasonText: draft.reasonText,
          clinician,
          assessedOn: a.assessedOn ?? todayIso(),
          engineVersion: a.engineVersion ?? ENGINE_VERSION,
          rulesVersion: a.rulesVersion ?? RULES_VERSION,
        },
      });
      this.open.set(false);
    } catch (e) {
      this.problems.set([`Not recorded: ${e instanceof Error ? e.message : String(e)}`]);
    } finally {
      this.saving.set(false);
    }
  }

  protected when(at: string): string {
    return `${at.slice(0, 10)} ${at.slice(11, 16)} UTC`;
  }
}
