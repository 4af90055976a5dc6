import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { findingLabel, type FindingId } from '../../../engine';
import { controlId, type FindingGroup } from '../../core/finding-groups';
import type { TriState } from '../../core/case-edits';

/** Yes / No / Not asked for one finding: never defaults to "no" (FS-1). */
@Component({
  selector: 'app-tri-state-control',
  imports: [MatButtonToggleModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'tri-state',
    '[attr.data-finding]': 'finding()',
    '[class.answered]': 'value() !== null',
  },
  template: `
    <span class="label" [id]="labelId()">{{ label() }}</span>
    <mat-button-toggle-group
      [id]="controlId()"
      [attr.aria-labelledby]="labelId()"
      [value]="toggleValue()"
      (change)="changed.emit(fromToggle($event.value))"
      hideSingleSelectionIndicator
    >
      <mat-button-toggle value="yes">Yes</mat-button-toggle>
      <mat-button-toggle value="no">No</mat-button-toggle>
      <mat-button-toggle value="unknown">Not asked</mat-button-toggle>
    </mat-button-toggle-group>
    @if (withOnset() && value() === true) {
      <label class="onset">
        Onset
        <input type="date" [value]="onset()" (change)="onsetChanged.emit(dateOf($event))" />
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
    mat-button-toggle-group {
      --mat-button-toggle-height: 28px;
      font-size: 12px;
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

  protected readonly label = computed(() => findingLabel(this.finding()));
  protected readonly controlId = computed(() => controlId(this.finding()));
  protected readonly labelId = computed(() => `${controlId(this.finding())}-label`);
  protected readonly toggleValue = computed(() =>
    this.value() === true ? 'yes' : this.value() === false ? 'no' : 'unknown',
  );

  protected fromToggle(v: string): TriState {
    return v === 'yes' ? true : v === 'no' ? false : null;
  }

  protected dateOf(e: Event): string {
    return (e.target as HTMLInputElement).value;
  }
}

export type { FindingGroup };
