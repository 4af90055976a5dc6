import type { SealedValue } from '../crypto/record-sealer';
import type { AuditEntry } from './audit-chain';

/** An audit entry as stored: opaque ids, seq and hashes in clear, the entry sealed. */
export interface AuditRow {
  patientId: string;
  seq: number;
  prev: string;
  hash: string;
  payload: AuditEntry | SealedValue;
}

export interface AuditHeadRow {
  patientId: string;
  seq: number;
  hash: string;
}
