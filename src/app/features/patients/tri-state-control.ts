import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { findingLabel, type FindingId } from '../../../engine';
import { controlId, onsetControlId } from '../../core/finding-groups';
import type { TriState } from '../../core/case-edits';

const CHOICES: readonly { value: TriState; text: string }[] = [
  { value: true, text: 'Yes' },
  { value: false, text: 'No' },
  { value: null, text: 'Not asked' },
];

/**
 * Yes / No / Not asked for one finding: never defaults to "no" (FS-1). Native radios in a
 * labelled radio group: light enough for the ~80 findings of a patient page.
 */
@Component({
  selector: 'app-tri-state-control',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'tri-state',
    '[attr.data-finding]': 'finding()',
    '[class.answered]': 'value() !== null',
  },
  template: `
    <span class="label" [id]="labelId()">{{ label() }}</span>
    <span class="seg" role="radiogroup" [id]="controlId()" [attr.aria-labelledby]="labelId()">
      @for (c of choices; track c.text) {
        <label [class.on]="value() === c.value">
          <input
            type="radio"
            [name]="controlId()"
            [checked]="value() === c.value"
            (change)="changed.emit(c.value)"
          />
          {{ c.text }}
        </label>
      }
    </span>
    @if (withOnset() && value() === true) {
      <label class="onset">
        Onset
        <input
          type="date"
          [id]="onsetId()"
          [value]="onset()"
          (change)="onsetChanged.emit(dateOf($event))"
        />
      </label>
    }
  `,
  styles: `
    :host {
      display: flex;
      align-items: center;
      gap: 6px;
      padding: 1px 0;
      flex-wrap: wrap;
    }
    .label {
      flex: 1 1 120px;
      font-size: 13px;
    }
    .seg {
      display: inline-flex;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 14px;
      overflow: hidden;
      font-size: 12px;
    }
    .seg label {
      padding: 3px 9px;
      cursor: pointer;
      border-left: 1px solid var(--mat-sys-outline-variant);
      user-select: none;
    }
    .seg label:first-child {
      border-left: 0;
    }
    .seg label.on {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font-weight: 500;
    }
    .seg label:focus-within {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: -2px;
    }
    .seg input {
      position: absolute;
      opacity: 0;
      width: 1px;
      height: 1px;
      margin: 0;
    }
    .onset {
      font-size: 12px;
    }
    .onset input {
      font: inherit;
    }
  `,
})
export class TriStateControl {
  readonly finding = input.required<FindingId>();
  readonly value = input.required<TriState>();
  readonly onset = input('');
  readonly withOnset = input(false);
  readonly changed = output<TriState>();
  readonly onsetChanged = output<string>();

  protected readonly choices = CHOICES;
  protected readonly label = computed(() => findingLabel(this.finding()));
  protected readonly controlId = computed(() => controlId(this.finding()));
  protected readonly onsetId = computed(() => onsetControlId(this.finding()));
  protected readonly labelId = computed(() => `${controlId(this.finding())}-label`);

  protected dateOf(e: Event): string {
    return (e.target as HTMLInputElement).value;
  }
}
