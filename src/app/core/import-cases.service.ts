import { Injectable, inject, signal } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { Store } from '@ngrx/store';
import { firstValueFrom } from 'rxjs';
import { ConfirmDialog, type ConfirmData } from './confirm-dialog';
import { parseCaseFiles, type ImportOutcome } from './case-import';
import { ToolbarActions } from './patients.actions';
import { patientsFeature } from './patients.feature';

/** Toolbar "Import case": validates every file, asks before replacing, then stores. */
@Injectable({ providedIn: 'root' })
export class ImportCasesService {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  /** Summary of the last import, shown under the toolbar. */
  readonly summary = signal<ImportOutcome | null>(null);

  async importFiles(files: readonly File[]): Promise<void> {
    const texts = await Promise.all(
      files.map(async (f) => ({ name: f.name, text: await f.text() })),
    );
    const outcome = parseCaseFiles(texts);
    const ids = await firstValueFrom(this.store.select(patientsFeature.selectIds));
    const existing = new Set(ids.map(String));
    const clashes = outcome.accepted.flatMap((a) => a.cases).filter((c) => existing.has(c.id));
    if (clashes.length > 0) {
      const data: ConfirmData = {
        title: 'Replace existing patients?',
        message: `These case ids already exist: ${clashes.map((c) => c.id).join(', ')}. Importing replaces them.`,
        confirm: 'Replace',
      };
      const ok = await firstValueFrom(this.dialog.open(ConfirmDialog, { data }).afterClosed());
      if (ok !== true) {
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
    const cases = outcome.accepted.flatMap((a) => a.cases);
    if (cases.length > 0) this.store.dispatch(ToolbarActions.casesImported({ cases }));
    this.summary.set(outcome);
  }

  dismiss(): void {
    this.summary.set(null);
  }
}
