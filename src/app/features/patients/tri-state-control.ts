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
    <span class="label" [class.visually-hidden]="compact()" [id]="labelId()">{{ label() }}</span>
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
      position: relative;
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
      inset: 0;
      opacity: 0;
      width: 100%;
      height: 100%;
      margin: 0;
      cursor: pointer;
    }
    /* Tablet at the treatment table: 44 px touch targets (WCAG 2.5.5). */
    @media (max-width: 1279px), (pointer: coarse) {
      .seg label {
        min-height: 44px;
        min-width: 44px;
        box-sizing: border-box;
        display: inline-flex;
        align-items: center;
        justify-content: center;
        padding: 0 12px;
        font-size: 13px;
      }
      .seg {
        border-radius: 22px;
      }
      .onset input {
        min-height: 44px;
      }
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
  /** Prefix of the DOM ids when the same finding is asked a second time (a card's answers). */
  readonly scope = input('');
  /** A compact label-less row (the label is given by the host, e.g. a link). */
  readonly compact = input(false);
  readonly changed = output<TriState>();
  readonly onsetChanged = output<string>();

  protected readonly choices = CHOICES;
  protected readonly label = computed(() => findingLabel(this.finding()));
  protected readonly controlId = computed(() => this.scope() + controlId(this.finding()));
  protected readonly onsetId = computed(() => this.scope() + onsetControlId(this.finding()));
  protected readonly labelId = computed(() => `${this.controlId()}-label`);

  protected dateOf(e: Event): string {
    return (e.target as HTMLInputElement).value;
  }
}
