import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MODALITIES, modalityLabel } from '../../../engine';
import { auditEntriesOf } from './audit-entries';
import { decisionLabel, decisionsFor, reasonLabel } from '../../core/audit/decision';

/** The print summary's "Decisions before treatment": the current (signed) one per modality. */
@Component({
  selector: 'app-decision-print',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (rows().length > 0) {
      <section data-print-decisions>
        <h2>Decisions before treatment</h2>
        <ul>
          @for (r of rows(); track r.seq) {
            <li>
              <strong>{{ r.modality }}: {{ r.decision }}</strong> — signed by
              <bdi>{{ r.clinician }}</bdi
              >, {{ r.at }}; verdict shown {{ r.verdict }} (engine {{ r.engine }}, rules
              {{ r.rules }}){{ r.reason ? '. Reason: ' + r.reason : '' }}
              {{ r.superseded ? '(' + r.superseded + ' earlier decision(s) superseded)' : '' }}
            </li>
          }
        </ul>
      </section>
    }
  `,
})
export class DecisionPrint {
  readonly caseId = input.required<string>();
  private readonly entries = auditEntriesOf(() => this.caseId());
  protected readonly rows = computed(() =>
    MODALITIES.flatMap((m) => {
      const all = decisionsFor(this.entries(), m);
      const d = all[0];
      if (!d) return [];
      const r = d.record;
      return [
        {
          seq: d.seq,
          modality: modalityLabel(m),
          decision: decisionLabel(r.decision),
          clinician: r.clinician,
          at: `${d.at.slice(0, 10)} ${d.at.slice(11, 16)} UTC`,
          verdict: r.verdict,
          engine: r.engineVersion,
          rules: r.rulesVersion,
          reason: r.reasonCode ? `${reasonLabel(r.reasonCode)} — ${r.reasonText}` : r.reasonText,
          superseded: all.length - 1,
        },
      ];
    }),
  );
}
