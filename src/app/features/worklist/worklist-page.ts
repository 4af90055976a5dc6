import { ChangeDetectionStrategy, Component } from '@angular/core';
import { PatientsPage } from '../patients/patients-page';

/** Start page until the referral worklist lands: the patients list. */
@Component({
  selector: 'app-worklist-page',
  imports: [PatientsPage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<app-patients-page />`,
})
export class WorklistPage {}
