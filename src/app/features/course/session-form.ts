import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { FindingId, Modality, TreatmentSession } from '../../../engine';

const rating = () => new FormControl<number | null>(null, [Validators.min(0), Validators.max(10)]);
const hours = () => new FormControl<number | null>(null, [Validators.min(0)]);

/** Typed form of one session (the contract's fields). */
export function sessionForm(
  date: string,
  course: number,
  modality: Modality = 'collar-zone-massage',
) {
  return new FormGroup({
    date: new FormControl(date, { nonNullable: true, validators: [Validators.required] }),
    modality: new FormControl<Modality>(modality, { nonNullable: true }),
    course: new FormControl<number | null>(course, [Validators.min(1)]),
    painBefore: rating(),
    painAfter: rating(),
    dizziness: rating(),
    headache: rating(),
    painHours: hours(),
    rednessHours: hours(),
    swelling: new FormControl(false, { nonNullable: true }),
    painWorseWithMovement: new FormControl(false, { nonNullable: true }),
    analgesicsIneffective: new FormControl(false, { nonNullable: true }),
    newSymptoms: new FormControl<FindingId[]>([], { nonNullable: true }),
  });
}
export type SessionForm = ReturnType<typeof sessionForm>;

export function toSession(form: SessionForm): TreatmentSession {
  const v = form.getRawValue();
  return {
    date: v.date,
    modality: v.modality,
    ...(v.course ? { course: v.course } : {}),
    painBefore: v.painBefore,
    painAfter: v.painAfter,
    dizziness: v.dizziness,
    headache: v.headache,
    painHours: v.painHours,
    rednessHours: v.rednessHours,
    swelling: v.swelling,
    painWorseWithMovement: v.painWorseWithMovement,
    analgesicsIneffective: v.analgesicsIneffective,
    newSymptoms: v.newSymptoms,
  };
}

export function fromSession(form: SessionForm, s: TreatmentSession, course: number): void {
  form.setValue({
    date: s.date,
    modality: s.modality,
    course: s.course ?? course,
    painBefore: s.painBefore ?? null,
    painAfter: s.painAfter ?? null,
    dizziness: s.dizziness ?? null,
    headache: s.headache ?? null,
    painHours: s.painHours ?? null,
    rednessHours: s.rednessHours ?? null,
    swelling: s.swelling ?? false,
    painWorseWithMovement: s.painWorseWithMovement ?? false,
    analgesicsIneffective: s.analgesicsIneffective ?? false,
    newSymptoms: [...(s.newSymptoms ?? [])],
  });
}

/** Symptoms offered as "new after this session" (any finding id is accepted on import). */
export const NEW_SYMPTOM_CHOICES: readonly FindingId[] = [
  'dizziness',
  'headache',
  'visual-disturbance',
  'nausea',
  'numbness',
  'diplopia',
  'gait-instability',
  'neck-pain',
  'dysarthria',
  'speech-disturbance',
  'limb-weakness',
  'ataxia',
  'visual-field-loss',
  'syncope',
  'reduced-consciousness',
];
