import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import {
  FormControl,
  FormGroup,
  FormGroupDirective,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { todayIso, type CaseFile } from '../../../engine';
import { newCaseId } from '../../core/case-ids';
import { PatientsPageActions } from '../../core/patients.actions';
import { patientsFeature } from '../../core/patients.feature';
import { selectWorklistRows } from '../../core/worklist.selectors';

const PAGE = 200;

/** Patients list: create, rename, delete (with undo), reset the demo data. */
@Component({
  selector: 'app-patients-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatIconModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './patients-page.html',
  styleUrl: './patients-page.scss',
})
export class PatientsPage {
  private readonly store = inject(Store);
  private readonly snackBar = inject(MatSnackBar);
  private readonly patients = this.store.selectSignal(patientsFeature.selectAll);
  protected readonly loaded = this.store.selectSignal(patientsFeature.selectLoaded);
  private readonly triage = this.store.selectSignal(selectWorklistRows);
  protected readonly rows = computed(() => {
    const synthetic = new Set(
      this.patients()
        .filter((p) => p.synthetic || p.caseFile['synthetic'] === true)
        .map((p) => p.id),
    );
    return this.triage().map((r) => ({
      id: r.id,
      name: r.name,
      synthetic: synthetic.has(r.id),
      urgency: r.urgency,
      level: r.level,
    }));
  });
  /** Rendered rows: the list grows on demand (10,000 rows would block the page). */
  protected readonly limit = signal(PAGE);
  protected readonly search = new FormControl('', { nonNullable: true });
  private readonly query = toSignal(this.search.valueChanges, { initialValue: '' });
  protected readonly matching = computed(() => {
    const q = this.query().trim().toLowerCase();
    return q
      ? this.rows().filter((r) => r.name.toLowerCase().includes(q) || r.id.includes(q))
      : this.rows();
  });
  protected readonly shown = computed(() => this.matching().slice(0, this.limit()));

  protected readonly createForm = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly renaming = signal<string | null>(null);
  protected readonly renameForm = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  private readonly router = inject(Router);

  /** Create, then open the new patient straight away (the emptied field is not an error). */
  protected create(form: FormGroupDirective): void {
    const name = this.createForm.controls.name.value.trim();
    if (!name) {
      this.createForm.markAllAsTouched();
      return;
    }
    const caseFile: CaseFile = {
      format: 'vas-case/1',
      // The store takes the next free id if another tab or clinician took this one meanwhile.
      id: newCaseId(new Set(this.patients().map((p) => p.id))),
      assessedOn: todayIso(),
      patient: { name },
      findings: {},
      imaging: [],
      sessions: [],
      medications: [],
    };
    this.store.dispatch(PatientsPageActions.patientCreated({ caseFile }));
    form.resetForm();
    void this.router.navigate(['/patients', caseFile.id]);
  }

  protected startRename(id: string, name: string): void {
    this.renaming.set(id);
    this.renameForm.setValue({ name });
  }

  protected saveRename(id: string): void {
    const name = this.renameForm.controls.name.value.trim();
    if (!name) return;
    this.store.dispatch(PatientsPageActions.patientRenamed({ id, name }));
    this.renaming.set(null);
  }

  protected remove(id: string, name: string): void {
    this.store.dispatch(PatientsPageActions.patientDeleted({ id }));
    this.snackBar
      .open(`Deleted ${name}`, 'Undo', { duration: 8000 })
      .onAction()
      .subscribe(() => this.store.dispatch(PatientsPageActions.deleteUndone({ id })));
  }

  protected showMore(): void {
    this.limit.update((n) => n + PAGE);
  }

  protected resetDemo(): void {
    if (globalThis.confirm?.('Replace every patient with the synthetic demo patients?')) {
      this.store.dispatch(PatientsPageActions.demoDataReset());
    }
  }
}
