import { InjectionToken } from '@angular/core';
import type { Observable } from 'rxjs';
import type { CaseFile, UrgencyLevel, Verdict, VasLevel } from '../../engine';

/** A patient as stored: the case file (contract format) plus bookkeeping. */
export interface StoredPatient {
  id: string;
  caseFile: CaseFile;
  /** Milliseconds since epoch of the last write. */
  updatedAt: number;
  /** Demo patient: synthetic, never a real person. */
  synthetic: boolean;
  /**
   * The assessment's triage fields as of the day it was written, so a 10,000-patient worklist
   * opens without running the engine for everyone. Used only when `date` is today and
   * `rules` is the current rules version; otherwise the engine runs.
   */
  summary?: TriageSummary;
}

export interface TriageSummary {
  date: string;
  rules: string;
  urgency: UrgencyLevel;
  level: VasLevel;
  manipulation: Verdict;
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
