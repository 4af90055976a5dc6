import { effect, inject, signal, type Signal } from '@angular/core';
import type { AuditEntry } from '../../core/audit/audit-chain';
import { AuditLog } from '../../core/audit/audit-log';

/**
 * The audit entries of a case as a signal, read again after every append (in any tab); empty
 * while the trail cannot be read (locked). Call in an injection context (a constructor or a
 * field initialiser).
 */
export function auditEntriesOf(caseId: () => string): Signal<readonly AuditEntry[]> {
  const audit = inject(AuditLog);
  const entries = signal<readonly AuditEntry[]>([]);
  effect(() => {
    audit.current(caseId()).then(
      (t) => entries.set(t.entries),
      () => entries.set([]),
    );
  });
  return entries.asReadonly();
}
