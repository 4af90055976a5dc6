import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { CaseFile, Facts, FindingId } from '../../../engine';
import { answerOf, onsetOf, type TriState } from '../../core/case-edits';
import { noneOfTheseIds, type FindingGroup } from '../../core/finding-groups';
import { describeSource } from './field-refs';
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
        @if (fromRecord(id); as note) {
          <p class="from" [attr.data-from]="id">{{ note }}</p>
        }
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
    .from {
      margin: 0 0 4px 8px;
      font-size: 12px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class FindingGroupPanel {
  readonly group = input.required<FindingGroup>();
  readonly caseFile = input.required<CaseFile>();
  /** The engine's facts: rows that imaging or sessions answer say so, and "None of these" skips them. */
  readonly facts = input<Facts | null>(null);
  readonly answered = output<AnswerChange>();
  readonly onsetSet = output<OnsetChange>();
  readonly noneOfThese = output<readonly FindingId[]>();
  protected readonly noneIds = computed(() => {
    const facts = this.facts();
    return noneOfTheseIds(this.group()).filter((id) => !facts || !this.fromOtherSource(id));
  });

  protected answer(id: FindingId): TriState {
    return answerOf(this.caseFile(), id);
  }
  /** Known from a report or a session (not from the entry): never overwritten by "None of these". */
  private fromOtherSource(id: FindingId): boolean {
    const f = this.facts()?.get(id);
    return !!f && f.state !== 'absent' && f.sources.some((s) => s !== 'entry');
  }

  /** "from xray 2026-10-15 report: present" when a source other than the entry answers a row. */
  protected fromRecord(id: FindingId): string | null {
    const f = this.facts()?.get(id);
    if (!f) return null;
    const other = [...new Set(f.sources.filter((s) => s !== 'entry').map(describeSource))];
    if (other.length === 0) return null;
    const state = f.state === 'unknown' ? 'uncertain (counts as unknown)' : f.state;
    return `From ${other.join('; ')}: ${state}`;
  }

  protected onset(id: FindingId): string {
    return onsetOf(this.caseFile(), id);
  }
}
