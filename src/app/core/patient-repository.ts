import { InjectionToken, type Signal } from '@angular/core';
import type { Observable } from 'rxjs';
import type { CaseFile, UrgencyLevel, Verdict, VasLevel } from '../../engine';
import type { FieldChange } from './case-changes';
import type { WorklistCursor, WorklistPage, WorklistQuery } from './repository/fhir/fhir-worklist';
import type { SnapshotRead, SnapshotStamp, WorklistSnapshot } from './worklist-snapshot';

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
  /**
   * Stores a new patient under its id, never over another patient: when another tab or
   * clinician has taken that id meanwhile, under the next free one (core/case-ids).
   * Resolves to the id stored under.
   */
  create(patient: StoredPatient): Promise<string>;
  /**
   * Applies one edit's field changes to the latest stored record in one transaction
   * (three-way per field) and returns the record as committed, with any conflicts; null
   * when the patient is no longer stored (deleted in another tab).
   */
  applyChanges(
    id: string,
    changes: readonly FieldChange[],
    summarise: (p: StoredPatient) => TriageSummary,
  ): Promise<ChangeResult>;
  delete(id: string): Promise<void>;
  /** Replace everything with the demo patients. */
  reset(patients: readonly StoredPatient[]): Promise<void>;
  /** Emits when another tab or window changed the store. */
  readonly externalChanges: Observable<void>;
  /**
   * Emits once, with the reason, when the store is gone or closed under this tab (another
   * tab deleted or upgraded the database, site data cleared, eviction). No write succeeds
   * after that.
   */
  readonly lost: Observable<string>;
  /** Asks the browser to keep the data (`navigator.storage.persist()`); null if unsupported. */
  requestPersistence(): Promise<boolean | null>;
  /** Connected mode: the FHIR base URL the patients live on (absent: embedded store; test it
   * with isEmbeddedStore). */
  readonly connectedTo?: string;
  /** Connected mode: records on the server the mapping could not read, with the reason. */
  readonly notReadable?: Signal<readonly string[]>;
  /**
   * Connected mode: one patient read from the server (null when it is gone). The app then
   * does not read every record at start: the worklist pages and the open patient are read.
   */
  get?(id: string): Promise<StoredPatient | null>;
  /** Connected mode: a FHIR Patient id (a launch's patient) → its case id, read if needed. */
  resolveCaseId?(pid: string): Promise<string | undefined>;
  /** Resolves once the store is open (a store loaded on first use loads now). */
  ready?(): Promise<void>;
  /** Embedded store: every patient, with the store's generation read with them. */
  listAt?(): Promise<{ patients: StoredPatient[]; generation: number }>;
  /** Embedded store: the worklist rows of the last full read, when exact now (else null). */
  worklistSnapshot?(stamp: SnapshotStamp): Promise<SnapshotRead | null>;
  /** Embedded store: saves the rows computed from the read at `generation` (if still exact). */
  saveWorklistSnapshot?(snapshot: WorklistSnapshot & { stamp: SnapshotStamp }): Promise<boolean>;
  /** Connected mode: one worklist page in triage order, read from the server. */
  worklistPage?(query: WorklistQuery, cursor: WorklistCursor, count: number): Promise<WorklistPage>;
}

/**
 * The one test of "embedded store or connected mode": true for the embedded store (this
 * browser's IndexedDB), false when the patients live on a FHIR server. Takes a repository, or
 * the lazy repository's spec (the mode is known before the store is loaded).
 */
export function isEmbeddedStore(store: Pick<PatientRepository, 'connectedTo'>): boolean {
  return !store.connectedTo;
}

/** The patient under another id (a new patient renumbered because its id was taken). */
export function withId(p: StoredPatient, id: string): StoredPatient {
  return p.id === id ? p : { ...p, id, caseFile: { ...p.caseFile, id } };
}

export interface ChangeResult {
  patient: StoredPatient | null;
  conflicts: string[];
  /** Embedded store: its generation after this write (core/worklist-snapshot). */
  generation?: number;
}

export const PATIENT_REPOSITORY = new InjectionToken<PatientRepository>('PatientRepository');
