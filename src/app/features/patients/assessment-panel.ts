import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { missingLabel, modalityLabel, MODALITIES, type Assessment } from '../../../engine';

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

/** The assessment beside the inputs: urgency, suspicion, causes, a card per modality, course. */
@Component({
  selector: 'app-assessment-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assessment-panel.html',
  styleUrl: './assessment-panel.scss',
})
export class AssessmentPanel {
  readonly assessment = input.required<Assessment>();
  /** The user asked to answer a missing item: the page moves focus to its control. */
  readonly jump = output<string>();

  protected readonly verdictLabel = VERDICT_LABEL;
  protected readonly levelLabel = LEVEL_LABEL;
  protected readonly missingLabel = missingLabel;
  protected readonly cards = computed(() => {
    const a = this.assessment();
    return MODALITIES.map((m) => ({ modality: m, label: modalityLabel(m), ...a.modalities[m] }));
  });
  protected readonly redFlagsMissing = computed(() => this.assessment().urgency.missing ?? []);
}
