import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { CaseFile, FindingId } from '../../../engine';
import { answerOf, onsetOf, type TriState } from '../../core/case-edits';
import { noneOfTheseIds, type FindingGroup } from '../../core/finding-groups';
import { TriStateControl } from './tri-state-control';

export interface AnswerChange {
  finding: FindingId;
  answer: TriState;
}
export interface OnsetChange {
  finding: FindingId;
  onset: string;
}

/** One group of findings, each three-valued, with a "None of these" action. */
@Component({
  selector: 'app-finding-group-panel',
  imports: [TriStateControl, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset>
      <legend>
        {{ group().title }}
        <button
          mat-button
          type="button"
          class="none"
          (click)="noneOfThese.emit(noneIds())"
          [attr.aria-label]="'None of these: ' + group().title"
        >
          None of these
        </button>
      </legend>
      @for (id of group().findings; track id) {
        <app-tri-state-control
          [finding]="id"
          [value]="answer(id)"
          [onset]="onset(id)"
          [withOnset]="(group().onset ?? []).includes(id)"
          (changed)="answered.emit({ finding: id, answer: $event })"
          (onsetChanged)="onsetSet.emit({ finding: id, onset: $event })"
        />
      }
    </fieldset>
  `,
  styles: `
    fieldset {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      margin: 0 0 12px;
      padding: 4px 12px 8px;
    }
    legend {
      font-weight: 500;
      padding: 0 4px;
    }
    .none {
      font-size: 12px;
    }
  `,
})
export class FindingGroupPanel {
  readonly group = input.required<FindingGroup>();
  readonly caseFile = input.required<CaseFile>();
  readonly answered = output<AnswerChange>();
  readonly onsetSet = output<OnsetChange>();
  readonly noneOfThese = output<readonly FindingId[]>();
  protected readonly noneIds = computed(() => noneOfTheseIds(this.group()));

  protected answer(id: FindingId): TriState {
    return answerOf(this.caseFile(), id);
  }
  protected onset(id: FindingId): string {
    return onsetOf(this.caseFile(), id);
  }
}
