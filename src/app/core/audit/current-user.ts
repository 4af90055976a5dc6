import { Injectable, signal, type Signal } from '@angular/core';

/**
 * Who is using the app: the one place that says who is writing, for the audit trail,
 * decisions and connected-mode Provenance (its display and, when known, its FHIR reference).
 * The default source is the name typed in Settings (one localStorage key, shared with the
 * connected mode's "Your name"); a SMART launch provides another source with the same shape
 * (`{ provide: CurrentUser, useClass: SmartCurrentUser }`: the launch context's fhirUser).
 */
export const USER_NAME_KEY = 'vas-dashboard.user';

@Injectable({ providedIn: 'root' })
export class CurrentUser {
  private readonly stored = signal(globalThis.localStorage?.getItem(USER_NAME_KEY) ?? '');
  /** The display name; '' when none is set. */
  readonly name: Signal<string> = this.stored.asReadonly();
  /** False when the name comes from the launch context and cannot be typed. */
  readonly editable: boolean = true;

  /** The name at this moment (re-read: another tab or a script may have set it). */
  current(): string {
    const now = globalThis.localStorage?.getItem(USER_NAME_KEY) ?? this.stored();
    if (now !== this.stored()) this.stored.set(now);
    return now;
  }

  /** The user's FHIR resource (`Practitioner/x`), when known: none for a typed name. */
  reference(): string | null {
    return null;
  }

  setName(name: string): void {
    const clean = name
      .replace(/[\p{Cc}\p{Cf}]/gu, '')
      .trim()
      .slice(0, 200);
    globalThis.localStorage?.setItem(USER_NAME_KEY, clean);
    this.stored.set(clean);
  }
}
