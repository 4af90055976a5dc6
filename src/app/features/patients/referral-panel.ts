import { ChangeDetectionStrategy, Component, effect, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { Referral } from '../../../engine';

/** Referral details (kept in the case file under `referral`), saved as they are typed. */
@Component({
  selector: 'app-referral-panel',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      [formGroup]="form"
      class="referral"
      aria-label="Referral"
      (submit)="$event.preventDefault()"
    >
      <label>Referral date <input type="date" formControlName="date" (change)="emit()" /></label>
      <label>Referred by <input formControlName="from" (change)="emit()" /></label>
      <label class="wide">Reason <input formControlName="reason" (change)="emit()" /></label>
      <span class="field"
        ><label for="ref-priority">Priority</label>
        <select id="ref-priority" formControlName="priority" (change)="emit()">
          <option value="routine">routine</option>
          <option value="urgent">urgent</option>
        </select></span
      >
      <span class="field"
        ><label for="ref-status">Status</label>
        <select id="ref-status" formControlName="status" (change)="emit()">
          <option value="new">new</option>
          <option value="in-review">in review</option>
          <option value="done">done</option>
        </select></span
      >
    </form>
  `,
  styles: `
    .referral {
      display: flex;
      flex-wrap: wrap;
      gap: 6px 12px;
      font-size: 13px;
      margin-bottom: 8px;
    }
    .wide {
      flex: 1 1 100%;
      display: flex;
      gap: 6px;
    }
    .wide input {
      flex: 1;
    }
    input,
    select {
      font: inherit;
    }
  `,
})
export class ReferralPanel {
  readonly referral = input<Referral | undefined>();
  readonly changed = output<Referral>();
  protected readonly form = new FormGroup({
    date: new FormControl('', { nonNullable: true }),
    from: new FormControl('', { nonNullable: true }),
    reason: new FormControl('', { nonNullable: true }),
    priority: new FormControl<'routine' | 'urgent'>('routine', { nonNullable: true }),
    status: new FormControl<'new' | 'in-review' | 'done'>('new', { nonNullable: true }),
  });

  constructor() {
    // Follow the store (another tab, an import) without clobbering a field being typed in.
    effect(() => {
      const r = this.referral() ?? {};
      this.form.patchValue(
        {
          date: r.date ?? '',
          from: r.from ?? '',
          reason: r.reason ?? '',
          priority: r.priority ?? 'routine',
          status: r.status ?? 'new',
        },
        { emitEvent: false },
      );
    });
  }

  protected emit(): void {
    const v = this.form.getRawValue();
    const r: Referral = { ...(this.referral() ?? {}), priority: v.priority, status: v.status };
    for (const k of ['date', 'from', 'reason'] as const) {
      if (v[k].trim()) r[k] = v[k].trim();
      else delete r[k];
    }
    this.changed.emit(r);
  }
}
