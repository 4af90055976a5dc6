import { ChangeDetectionStrategy, Component, input } from '@angular/core';

@Component({
  selector: 'app-patient-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<h1>Patient {{ id() }}</h1>`,
})
export class PatientPage {
  readonly id = input.required<string>();
}
