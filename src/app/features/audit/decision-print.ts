import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { MODALITIES, modalityLabel } from '../../../engine';
import type { AuditEntry } from '../../core/audit/audit-chain';
import { AuditLog } from '../../core/audit/audit-log';
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
  private readonly audit = inject(AuditLog);
  readonly caseId = input.required<string>();
  private readonly entries = signal<readonly AuditEntry[]>([]);
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

  constructor() {
    effect(() => {
      const id = this.caseId();
      this.audit.revision();
      this.audit.trail(id).then(
        (t) => this.entries.set(t.entries),
        () => this.entries.set([]),
      );
    });
  }
}
