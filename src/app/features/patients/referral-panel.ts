import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  output,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { findingLabel, type FindingId, type Referral } from '../../../engine';

/** Pause in typing after which a text field is saved (milliseconds). */
export const SAVE_PAUSE_MS = 400;

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
      <label
        >Referred by
        <input
          formControlName="from"
          (input)="typed('from')"
          (change)="emit()"
          (focus)="focused = 'from'"
          (blur)="focused = null"
      /></label>
      <label class="wide"
        >Reason
        <input
          formControlName="reason"
          (input)="typed('reason')"
          (change)="emit()"
          (focus)="focused = 'reason'"
          (blur)="focused = null"
      /></label>
      @if (readLabels(); as labels) {
        <p class="wide read" role="note" aria-label="Referral readings">
          Read from the reason, counted as present (FS-7: text only adds): {{ labels }}. Record an
          onset to date one; correct the reason if it was misread.
        </p>
      }
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
    .read {
      display: block;
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    input,
    select {
      font: inherit;
    }
  `,
})
export class ReferralPanel {
  readonly referral = input<Referral | undefined>();
  /** What the engine read from the saved reason (facts.referral). */
  readonly read = input<readonly FindingId[]>([]);
  readonly changed = output<Referral>();
  protected readonly readLabels = computed(() => this.read().map(findingLabel).join(', '));
  protected readonly form = new FormGroup({
    date: new FormControl('', { nonNullable: true }),
    from: new FormControl('', { nonNullable: true }),
    reason: new FormControl('', { nonNullable: true }),
    priority: new FormControl<'routine' | 'urgent'>('routine', { nonNullable: true }),
    status: new FormControl<'new' | 'in-review' | 'done'>('new', { nonNullable: true }),
  });

  /** The text field with focus: another tab's value never replaces what is being typed. */
  protected focused: 'from' | 'reason' | null = null;
  /** Fields typed in but not yet saved (the save waits for a pause in typing). */
  private readonly unsaved = new Set<'from' | 'reason'>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    // Follow the store (another tab, an import) without clobbering a field being typed in.
    effect(() => {
      const r = this.referral() ?? {};
      const next = {
        date: r.date ?? '',
        from: r.from ?? '',
        reason: r.reason ?? '',
        priority: r.priority ?? 'routine',
        status: r.status ?? 'new',
      };
      for (const k of ['from', 'reason'] as const) {
        if (this.focused === k || this.unsaved.has(k)) delete (next as Partial<typeof next>)[k];
      }
      this.form.patchValue(next, { emitEvent: false });
    });
    inject(DestroyRef).onDestroy(() => {
      if (this.timer !== null) this.emit(); // leaving the page saves what was typed
    });
  }

  /** Saved while typing, after a short pause: no need to leave the field first. */
  protected typed(field: 'from' | 'reason'): void {
    this.unsaved.add(field);
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.emit(), SAVE_PAUSE_MS);
  }

  protected emit(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.unsaved.clear();
    const v = this.form.getRawValue();
    const r: Referral = { ...(this.referral() ?? {}), priority: v.priority, status: v.status };
    for (const k of ['date', 'from', 'reason'] as const) {
      if (v[k].trim()) r[k] = v[k].trim();
      else delete r[k];
    }
    this.changed.emit(r);
  }
}
