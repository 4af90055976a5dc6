import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { todayIso } from '../../../engine';
import { auditBundle } from '../../core/audit/audit-fhir';
import { AuditLog, type AuditTrail } from '../../core/audit/audit-log';
import { download } from '../../core/export-case';
import { patientsFeature } from '../../core/patients.feature';
import { ACTION_LABEL, changeLines, decisionText } from './audit-view';

/** One patient's audit trail: every entry, the hash-chain check, and the FHIR export. */
@Component({
  selector: 'app-audit-trail-page',
  imports: [MatButtonModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-trail-page.html',
  styleUrl: './audit-trail-page.scss',
})
export class AuditTrailPage {
  private readonly audit = inject(AuditLog);
  private readonly store = inject(Store);
  /** Route parameter: the case id. */
  readonly id = input.required<string>();

  private readonly entities = this.store.selectSignal(patientsFeature.selectEntities);
  protected readonly name = computed(
    () => this.entities()[this.id()]?.caseFile.patient?.name ?? this.id(),
  );
  protected readonly trail = signal<AuditTrail | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly rows = computed(() =>
    [...(this.trail()?.entries ?? [])].reverse().map((e) => ({
      seq: e.seq,
      at: e.at.replace('T', ' ').slice(0, 19),
      user: e.user || 'unnamed user',
      action: ACTION_LABEL[e.action],
      kind: e.action,
      detail: e.detail ?? '',
      changes: changeLines(e.changes),
      decision: decisionText(e),
    })),
  );

  constructor() {
    effect(() => {
      this.audit.current(this.id()).then(
        (t) => {
          this.trail.set(t);
          this.error.set(null);
        },
        (e: unknown) => this.error.set(e instanceof Error ? e.message : String(e)),
      );
    });
  }

  protected exportFhir(): void {
    const t = this.trail();
    if (!t) return;
    download(`${this.id()}.audit.fhir.json`, auditBundle(t.entries));
    this.audit
      .record({ patientId: this.id(), action: 'export', detail: 'audit trail as FHIR AuditEvent' })
      .catch((e: unknown) => console.error('audit trail:', e));
  }

  protected readonly today = todayIso();
}
