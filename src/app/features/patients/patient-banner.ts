import { ChangeDetectionStrategy, Component, computed, effect, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ageOn, SEXES, type CaseFile } from '../../../engine';
import type { SaveStatus } from '../../core/patients.feature';

export interface PatientPatch {
  birthDate?: string;
  sex?: (typeof SEXES)[number] | '';
}

/**
 * Who this is, at a glance (OpenMRS / SMART-app style): name, age and sex, date of birth and
 * sex editable, id, referral and the save state. Sits above every patient view.
 */
@Component({
  selector: 'app-patient-banner',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './patient-banner.html',
  styleUrl: './patient-banner.scss',
})
export class PatientBanner {
  readonly caseFile = input.required<CaseFile>();
  readonly today = input.required<string>();
  readonly synthetic = input(false);
  readonly saveState = input<SaveStatus>('saved');
  readonly saveError = input<string | null>(null);
  /** False when the EHR frames the app with its own patient banner (SMART need_patient_banner). */
  readonly identity = input(true);
  /** The last write got a 412: offer Re-apply (mine on top of theirs) and Reload (theirs). */
  readonly changedElsewhere = input(false);
  readonly patientChanged = output<PatientPatch>();
  readonly reapply = output<void>();
  readonly reload = output<void>();

  protected readonly sexes = SEXES;
  protected readonly form = new FormGroup({
    birthDate: new FormControl('', { nonNullable: true }),
    sex: new FormControl<(typeof SEXES)[number] | ''>('', { nonNullable: true }),
  });
  protected readonly name = computed(() => this.caseFile().patient?.name ?? this.caseFile().id);
  protected readonly age = computed(() => {
    const b = this.caseFile().patient?.birthDate;
    return b ? ageOn(b, this.today()) : null;
  });
  protected readonly summary = computed(() => {
    const sex = this.caseFile().patient?.sex;
    const age = this.age();
    const parts = [
      age === null ? 'age not recorded' : `${age} y`,
      sex && sex !== 'unknown' ? sex : 'sex not recorded',
    ];
    return parts.join(' · ');
  });
  protected readonly referral = computed(() => {
    const r = this.caseFile().referral;
    if (!r) return null;
    const from = r.from ? `from ${r.from}` : '';
    return [r.priority === 'urgent' ? 'URGENT' : '', r.date ?? '', from, r.reason ?? '']
      .filter(Boolean)
      .join(' · ');
  });

  constructor() {
    effect(() => {
      const p = this.caseFile().patient ?? {};
      this.form.patchValue(
        { birthDate: p.birthDate ?? '', sex: p.sex ?? '' },
        { emitEvent: false },
      );
    });
  }

  protected emitBirthDate(): void {
    this.patientChanged.emit({ birthDate: this.form.controls.birthDate.value });
  }
  protected emitSex(): void {
    this.patientChanged.emit({ sex: this.form.controls.sex.value });
  }
}
