/** How audit entries read on screen (pure). */
import { findingLabel, isFindingId, modalityLabel } from '../../../engine';
import type { AuditAction, AuditEntry, AuditFieldChange } from '../../core/audit/audit-chain';
import { decisionLabel, reasonLabel } from '../../core/audit/decision';

export const ACTION_LABEL: Record<AuditAction, string> = {
  create: 'Created',
  change: 'Changed',
  import: 'Imported',
  export: 'Exported',
  print: 'Printed',
  delete: 'Deleted',
  'undo-delete': 'Delete undone',
  lock: 'Locked',
  unlock: 'Unlocked',
  decision: 'Decision recorded',
};

export function fieldLabel(path: string): string {
  const [head, sub] = path.split('.');
  if (head === 'findings' && sub && isFindingId(sub)) return `${findingLabel(sub)} (${path})`;
  return path;
}

export function valueText(v: unknown): string {
  if (v === undefined || v === null) return 'not answered';
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

export interface ChangeLine {
  readonly field: string;
  readonly before: string;
  readonly after: string;
}

export function changeLines(changes: readonly AuditFieldChange[] | undefined): ChangeLine[] {
  return (changes ?? []).map((c) => ({
    field: fieldLabel(c.path),
    before: valueText(c.before),
    after: valueText(c.after),
  }));
}

export function decisionText(e: AuditEntry): string {
  const d = e.decision;
  if (!d) return '';
  const reason = d.reasonCode ? ` — ${reasonLabel(d.reasonCode)}: ${d.reasonText}` : '';
  return `${decisionLabel(d.decision)}: ${modalityLabel(d.modality)}, signed by ${d.clinician} (verdict shown: ${d.verdict}; engine ${d.engineVersion}, rules ${d.rulesVersion})${reason}`;
}
