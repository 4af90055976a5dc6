import { Injectable, Injector, inject, signal } from '@angular/core';
import { Store } from '@ngrx/store';
import { firstValueFrom } from 'rxjs';
import { AuditLog } from './audit/audit-log';
import type { ConfirmData } from './confirm-dialog';
import type { FileLike, ImportOutcome } from './case-import';
import { ImportActions } from './patients.actions';
import { patientsFeature } from './patients.feature';
import { PATIENT_REPOSITORY, type StoredPatient } from './patient-repository';
import { PatientWriteQueue } from './patient-write-queue';

const message = (e: unknown): string =>
  e instanceof Error ? `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}` : String(e);

/**
 * Toolbar "Import case": validates every file, asks before replacing, then stores each file
 * in its own transaction. The summary is built from what committed and names every file
 * that was refused or failed to store, and why.
 */
@Injectable({ providedIn: 'root' })
export class ImportCasesService {
  private readonly store = inject(Store);
  /** Looked up when an import runs (the shell's tests create this service without a store). */
  private readonly injector = inject(Injector);
  private readonly queue = inject(PatientWriteQueue);
  /** Summary of the last import, shown under the toolbar. */
  readonly summary = signal<ImportOutcome | null>(null);
  /** True while files are read, validated or written. */
  readonly busy = signal(false);

  async importFiles(files: readonly FileLike[]): Promise<void> {
    this.busy.set(true);
    try {
      this.summary.set(await this.run(files));
    } finally {
      this.busy.set(false);
    }
  }

  dismiss(): void {
    this.summary.set(null);
  }

  private async run(files: readonly FileLike[]): Promise<ImportOutcome> {
    // The validator, the FHIR mapping and the dialog load on the first import (issue 15).
    const [{ parseCaseFiles, readImportFile }, { triageSummary }] = await Promise.all([
      import('./case-import'),
      import('./worklist.selectors'),
    ]);
    const read = await Promise.all(files.map(readImportFile));
    const outcome = parseCaseFiles(read.flatMap((r) => (r.ok ? [r.file] : [])));
    const unread = read.flatMap((r) => (r.ok ? [] : [{ file: r.file, message: r.message }]));
    outcome.refused.unshift(...unread);
    await this.confirmReplacing(outcome);

    const committed: ImportOutcome['accepted'] = [];
    const stored: StoredPatient[] = [];
    for (const a of outcome.accepted) {
      const now = Date.now();
      const patients = a.cases.map((caseFile) => {
        const p: StoredPatient = { id: caseFile.id, caseFile, updatedAt: now, synthetic: false };
        return { ...p, summary: triageSummary(p) };
      });
      try {
        await this.queue.enqueue(
          patients.map((p) => p.id),
          () => this.injector.get(PATIENT_REPOSITORY).putAll(patients),
        );
        committed.push(a);
        stored.push(...patients);
        this.injector
          .get(AuditLog)
          .recordAll(patients.map((p) => ({ patientId: p.id, action: 'import', detail: a.file })))
          .catch((e: unknown) => console.error('audit trail:', e));
      } catch (e) {
        outcome.refused.push({ file: a.file, message: `could not be stored (${message(e)})` });
      }
    }
    if (stored.length > 0) this.store.dispatch(ImportActions.filesStored({ patients: stored }));
    return { accepted: committed, refused: outcome.refused };
  }

  private async confirmReplacing(outcome: ImportOutcome): Promise<void> {
    const ids = await firstValueFrom(this.store.select(patientsFeature.selectIds));
    const existing = new Set(ids.map(String));
    const clashes = outcome.accepted.flatMap((a) => a.cases).filter((c) => existing.has(c.id));
    if (clashes.length === 0) return;
    const data: ConfirmData = {
      title: 'Replace existing patients?',
      message: `These case ids already exist: ${clashes.map((c) => c.id).join(', ')}. Importing replaces them.`,
      confirm: 'Replace',
    };
    const [{ MatDialog }, { ConfirmDialog }] = await Promise.all([
      import('@angular/material/dialog'),
      import('./confirm-dialog'),
    ]);
    const dialog = this.injector.get(MatDialog);
    const ok = await firstValueFrom(dialog.open(ConfirmDialog, { data }).afterClosed());
    if (ok === true) return;
    const clashing = new Set(clashes.map((c) => c.id));
    for (const a of [...outcome.accepted]) {
      if (a.cases.some((c) => clashing.has(c.id))) {
        outcome.accepted.splice(outcome.accepted.indexOf(a), 1);
        outcome.refused.push({
          file: a.file,
          message: 'not imported: replacing an existing patient was declined',
        });
      }
    }
  }
}
