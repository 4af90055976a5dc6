import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { CurrentUser } from '../../core/audit/current-user';

/** Settings, embedded mode: the clinician name written on audit entries and decisions. */
@Component({
  selector: 'app-clinician-name-setting',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="clinician-h">
      <h2 id="clinician-h">Clinician</h2>
      @if (user.editable) {
        <label for="clinician-name"
          >Clinician name (recorded on the audit trail and decisions)</label
        >
        <input
          id="clinician-name"
          type="text"
          autocomplete="name"
          [value]="user.name()"
          (change)="user.setName($any($event.target).value)"
        />
      } @else {
        <p>
          Signed in as <bdi>{{ user.name() }}</bdi
          >.
        </p>
      }
    </section>
  `,
  styles: `
    label {
      display: block;
    }
  `,
})
export class ClinicianNameSetting {
  protected readonly user = inject(CurrentUser);
}
