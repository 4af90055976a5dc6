import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { RouterLink } from '@angular/router';
import {
  findingLabel,
  isFindingId,
  modalityLabel,
  MODALITIES,
  type Assessment,
  type CaseFile,
  type FindingId,
} from '../../../engine';
import { missingItemLabel } from '../../core/finding-groups';
import { describeField, fieldSelector } from './field-refs';
import type { AnswerChange, OnsetChange } from './finding-group-panel';
import { mergeReasons } from './merge-reasons';
import { DecisionRecordPanel } from '../audit/decision-record';
import { MissingAnswers } from './missing-answers';
import { unaskedPrecautions } from './precautions';

const VERDICT_LABEL: Record<string, string> = {
  contraindicated: 'Contraindicated',
  'not-cleared': 'Not cleared',
  caution: 'Caution',
  clear: 'Clear',
};
const LEVEL_LABEL: Record<string, string> = {
  confirmed: 'Confirmed (on record)',
  high: 'High',
  moderate: 'Moderate',
  indeterminate: 'Indeterminate (triad not fully answered)',
  low: 'Low',
};
/** The rule that holds a modality whose latest course was stopped (brief §5). */
export const STOP_HOLD_RULE = 'COURSE-STOP-HOLD';

function itemLabel(id: string): string {
  if (id === 'birth-date') return 'Date of birth (age)';
  return isFindingId(id) ? findingLabel(id) : missingItemLabel(id);
}

/** The assessment beside the inputs: urgency, suspicion, causes, a card per modality, course. */
@Component({
  selector: 'app-assessment-panel',
  imports: [NgTemplateOutlet, RouterLink, MissingAnswers, DecisionRecordPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assessment-panel.html',
  styleUrl: './assessment-panel.scss',
})
export class AssessmentPanel {
  readonly assessment = input.required<Assessment>();
  /** The case assessed: names the fields warnings point at, counts unasked precautions. */
  readonly caseFile = input<CaseFile | null>(null);
  /** The user asked to answer a missing item (or see a field): the page moves focus there. */
  readonly jump = output<string>();
  /** In-place answers on a card ("answer where you read"). */
  readonly answered = output<AnswerChange>();
  readonly onsetSet = output<OnsetChange>();
  readonly restNo = output<readonly FindingId[]>();

  protected readonly verdictLabel = VERDICT_LABEL;
  protected readonly levelLabel = LEVEL_LABEL;
  protected readonly label = missingItemLabel;
  protected readonly cards = computed(() => {
    const a = this.assessment();
    const c = this.caseFile();
    return MODALITIES.map((m) => {
      const v = a.modalities[m];
      const unasked = v.verdict === 'clear' && c ? unaskedPrecautions(c, m) : [];
      return {
        modality: m,
        label: modalityLabel(m),
        ...v,
        stopHold: v.reasons.filter((r) => r.rule === STOP_HOLD_RULE),
        reasons: mergeReasons(v.reasons.filter((r) => r.rule !== STOP_HOLD_RULE)),
        unasked: unasked.map(itemLabel),
      };
    });
  });
  protected readonly urgencyReasons = computed(() =>
    mergeReasons(this.assessment().urgency.reasons),
  );
  protected readonly redFlagsMissing = computed(() => this.assessment().urgency.missing ?? []);
  /** Urgency "none" with red flags unasked is not screened: grey, never green. */
  protected readonly notScreened = computed(
    () => this.assessment().urgency.level === 'none' && this.redFlagsMissing().length > 0,
  );
  protected readonly warnings = computed(() =>
    (this.assessment().warnings ?? []).map((w) => ({
      ...w,
      where: describeField(this.caseFile(), w.field),
      linked: fieldSelector(w.field) !== null,
    })),
  );
  protected readonly conflicts = computed(() => {
    const a = this.assessment();
    const details = a.conflictDetails ?? [];
    return (a.conflicts ?? []).map((text, i) => ({ text, rule: details[i]?.rule ?? '' }));
  });
}
