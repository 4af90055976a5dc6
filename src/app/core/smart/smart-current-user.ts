import { computed, inject, Injectable } from '@angular/core';
import { CurrentUser } from '../audit/current-user';
import { referenceOf, smartBaseOf } from './smart-context';
import { SmartSession } from './smart-session';

/**
 * Signed in through SMART: the audit trail, decisions and every Provenance name the launch's
 * `fhirUser` (its name, or its reference when the name cannot be read), and Provenance also
 * references it (`Practitioner/x` on this server).
 */
@Injectable()
export class SmartCurrentUser extends CurrentUser {
  private readonly smart = inject(SmartSession);
  override readonly name = computed(() => this.smart.signedInAs() ?? '');
  override readonly editable = false;

  override current(): string {
    return this.smart.signedInAs() ?? '';
  }

  override reference(): string | null {
    return referenceOf(this.smart.context()?.fhirUser ?? null, smartBaseOf(this.smart.mode));
  }

  override setName(): void {
    // The name comes from the launch context.
  }
}
