/**
 * Connected mode through a SMART launch: the FHIR repository with the authorised client
 * (its bearer token), the fhirUser as the author of every write, writes refused with a clear
 * message when the grant does not allow them, and an expired token re-authorised with the
 * unsaved edit kept.
 */
import { computed, inject, Injectable, type Provider } from '@angular/core';
import { CurrentUser } from '../audit/current-user';
import type { FieldChange } from '../case-changes';
import {
  PATIENT_REPOSITORY,
  type ChangeResult,
  type StoredPatient,
  type TriageSummary,
} from '../patient-repository';
import {
  FHIR_AUTHOR,
  FHIR_BASE_URL,
  FHIR_HTTP,
  FhirPatientRepository,
} from '../repository/fhir/fhir-patient-repository';
import type { StartMode } from './smart-context';
import { missingScopes, WRITE_SCOPES } from './smart-scopes';
import { SmartSession } from './smart-session';

const status = (e: unknown): number | undefined =>
  (e as { status?: number; statusCode?: number } | null)?.status ??
  (e as { statusCode?: number } | null)?.statusCode;

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

@Injectable()
export class SmartPatientRepository extends FhirPatientRepository {
  private readonly smart = inject(SmartSession);

  override async list(): Promise<StoredPatient[]> {
    try {
      return await super.list();
    } catch (e) {
      if (status(e) === 401) return this.smart.reauthorise();
      throw e;
    }
  }

  override async applyChanges(
    id: string,
    changes: readonly FieldChange[],
    summarise: (p: StoredPatient) => TriageSummary,
  ): Promise<ChangeResult> {
    await this.assertWritable();
    try {
      return await super.applyChanges(id, changes, summarise);
    } catch (e) {
      if (status(e) === 401) return this.smart.reauthorise({ id, changes: [...changes] });
      throw e;
    }
  }

  override async putAll(patients: readonly StoredPatient[]): Promise<void> {
    await this.assertWritable();
    return super.putAll(patients);
  }

  override async delete(id: string): Promise<void> {
    await this.assertWritable();
    return super.delete(id);
  }

  /** A write the grant does not allow is refused here, naming the missing scopes. */
  private async assertWritable(): Promise<void> {
    await this.smart.client();
    const missing = missingScopes(this.smart.granted(), WRITE_SCOPES);
    if (missing.length > 0)
      throw new Error(
        `not saved to the FHIR server: this sign-in did not grant write access (${missing.join(', ')})`,
      );
  }
}

/**
 * The store for a SMART start, or null when the tab does not start through SMART (then the
 * embedded store or an open FHIR server, as before). On `/launch` the page leaves for the
 * authorisation server at once: the store is a FHIR one that never answers.
 */
export function smartProviders(mode: StartMode): Provider[] | null {
  if (mode.kind !== 'smart' && mode.kind !== 'launch') return null;
  const base = mode.kind === 'smart' ? mode.iss : (mode.iss ?? '');
  return [
    { provide: FHIR_BASE_URL, useValue: base },
    {
      provide: FHIR_HTTP,
      useFactory: () => {
        const smart = inject(SmartSession);
        return () => (mode.kind === 'smart' ? smart.http() : new Promise(() => undefined));
      },
    },
    { provide: FHIR_AUTHOR, useFactory: () => inject(SmartSession).author(base) },
    { provide: PATIENT_REPOSITORY, useClass: SmartPatientRepository },
    { provide: CurrentUser, useClass: SmartCurrentUser },
  ];
}
