import { computed, inject, Injectable } from '@angular/core';
import { CurrentUser } from '../audit/current-user';
import { SmartSession } from './smart-session';

/** Signed in through SMART: the audit trail and decisions name the launch's `fhirUser`. */
@Injectable()
export class SmartCurrentUser extends CurrentUser {
  private readonly smart = inject(SmartSession);
  override readonly name = computed(() => this.smart.signedInAs() ?? '');
  override readonly editable = false;

  override current(): string {
    return this.smart.signedInAs() ?? '';
  }

  override setName(): void {
    // The name comes from the launch context.
  }
}
