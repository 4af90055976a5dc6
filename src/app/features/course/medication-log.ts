import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import type { Medication } from '../../../engine';

/** Medication log: feeds the "analgesic tablets more than 4 days" rule. */
@Component({
  selector: 'app-medication-log',
  imports: [ReactiveFormsModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3>Medication</h3>
    <table aria-label="Medication log">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Form</th>
          <th scope="col">Start</th>
          <th scope="col">End</th>
          <th scope="col"><span class="visually-hidden">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        @for (m of medications(); track $index; let i = $index) {
          <tr data-medication [attr.data-medication-index]="i" tabindex="-1">
            <td>{{ m.name }}</td>
            <td>{{ m.form ?? '' }}</td>
            <td>{{ m.start ?? '' }}</td>
            <td>{{ m.end ?? 'ongoing' }}</td>
            <td>
              <button
                mat-button
                type="button"
                (click)="remove(i)"
                [attr.aria-label]="'Remove ' + m.name"
              >
                Remove
              </button>
            </td>
          </tr>
        } @empty {
          <tr>
            <td colspan="5">None recorded.</td>
          </tr>
        }
      </tbody>
    </table>
    <form [formGroup]="form" (ngSubmit)="add()" class="add" aria-label="Add medication">
      <label>Name <input formControlName="name" /></label>
      <label>Form <input formControlName="form" placeholder="tablet" /></label>
      <label>Start <input type="date" formControlName="start" /></label>
      <label>End <input type="date" formControlName="end" /></label>
      <button mat-stroked-button type="submit">Add medication</button>
      @if (error()) {
        <span class="error" role="alert">{{ error() }}</span>
      }
    </form>
  `,
  styles: `
    table {
      border-collapse: collapse;
    }
    th,
    td {
      padding: 2px 6px;
      text-align: left;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .add {
      display: flex;
      gap: 10px;
      flex-wrap: wrap;
      align-items: center;
      margin-top: 6px;
    }
    input {
      font: inherit;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class MedicationLog {
  readonly medications = input.required<readonly Medication[]>();
  readonly changed = output<Medication[]>();
  protected readonly error = signal('');
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    form: new FormControl('tablet', { nonNullable: true }),
    start: new FormControl('', { nonNullable: true }),
    end: new FormControl('', { nonNullable: true }),
  });

  protected add(): void {
    const v = this.form.getRawValue();
    if (!v.name.trim()) {
      this.error.set('Name is required.');
      return;
    }
    if (v.start && v.end && v.end < v.start) {
      this.error.set('End is before start.');
      return;
    }
    this.error.set('');
    const m: Medication = {
      name: v.name.trim(),
      ...(v.form ? { form: v.form } : {}),
      ...(v.start ? { start: v.start } : {}),
      ...(v.end ? { end: v.end } : {}),
    };
    this.changed.emit([...this.medications(), m]);
    this.form.reset();
  }

  protected remove(i: number): void {
    this.changed.emit(this.medications().filter((_, k) => k !== i));
  }
}
