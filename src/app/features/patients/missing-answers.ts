import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { findingLabel, type CaseFile, type FindingId } from '../../../engine';
import { answerOf, onsetOf } from '../../core/case-edits';
import { groupMissing, missingItemLabel } from '../../core/finding-groups';
import type { AnswerChange, OnsetChange } from './finding-group-panel';
import { TriStateControl } from './tri-state-control';

/**
 * "Answer where you read": a card's missing items grouped by section, each answerable in
 * place (Yes / No / Not asked, or an onset date), with "the rest of this group: No".
 */
@Component({
  selector: 'app-missing-answers',
  imports: [MatButtonModule, TriStateControl],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './missing-answers.html',
  styleUrl: './missing-answers.scss',
})
export class MissingAnswers {
  readonly items = input.required<readonly string[]>();
  readonly caseFile = input.required<CaseFile>();
  /** Prefix of DOM ids: the same finding may be asked on several cards. */
  readonly scope = input.required<string>();
  readonly answered = output<AnswerChange>();
  readonly onsetSet = output<OnsetChange>();
  readonly restNo = output<readonly FindingId[]>();
  readonly jump = output<string>();

  protected readonly groups = computed(() => groupMissing(this.items()));
  protected readonly itemLabel = missingItemLabel;
  protected readonly findingLabel = findingLabel;

  protected answer(id: FindingId) {
    return answerOf(this.caseFile(), id);
  }
  protected onset(id: FindingId): string {
    return onsetOf(this.caseFile(), id);
  }
  protected dateOf(e: Event): string {
    return (e.target as HTMLInputElement).value;
  }
}
