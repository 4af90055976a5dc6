import { InjectionToken } from '@angular/core';
import type { Observable } from 'rxjs';
import type { CaseFile } from '../../engine';

/** A patient as stored: the case file (contract format) plus bookkeeping. */
export interface StoredPatient {
  id: string;
  caseFile: CaseFile;
  /** Milliseconds since epoch of the last write. */
  updatedAt: number;
  /** Demo patient: synthetic, never a real person. */
  synthetic: boolean;
}

/**
 * Where patients live. The embedded store (IndexedDB) implements it today; a FHIR-server
 * repository can implement it later. Every write is atomic: all of it or nothing.
 */
export interface PatientRepository {
  list(): Promise<StoredPatient[]>;
  /** Insert or replace these patients in one transaction. */
  putAll(patients: readonly StoredPatient[]): Promise<void>;
  delete(id: string): Promise<void>;
  /** Replace everything with the demo patients. */
  reset(patients: readonly StoredPatient[]): Promise<void>;
  /** Emits when another tab or window changed the store. */
  readonly externalChanges: Observable<void>;
}

export const PATIENT_REPOSITORY = new InjectionToken<PatientRepository>('PatientRepository');
