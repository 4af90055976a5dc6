/**
 * Connected mode through a SMART launch: the FHIR repository with the authorised client
 * (its bearer token), the fhirUser as the author of every write (CurrentUser), writes refused with a clear
 * message when the grant does not allow them, and an expired token re-authorised with the
 * unsaved edit kept.
 */
import { inject, Injectable, type Provider } from '@angular/core';
import type { FieldChange } from '../case-changes';
import type { ChangeResult, StoredPatient, TriageSummary } from '../patient-repository';
import {
  FHIR_BASE_URL,
  FHIR_HTTP,
  FhirPatientRepository,
} from '../repository/fhir/fhir-patient-repository';
import { smartBaseOf, type StartMode } from './smart-context';
import { missingScopes, WRITE_SCOPES } from './smart-scopes';
import { SmartSession } from './smart-session';

const status = (e: unknown): number | undefined =>
  (e as { status?: number; statusCode?: number } | null)?.status ??
  (e as { statusCode?: number } | null)?.statusCode;

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

  override async create(patient: StoredPatient): Promise<string> {
    await this.assertWritable();
    return super.create(patient);
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
 * The providers of the SMART repository's own injector (see smart-providers.ts, which loads
 * this module on first use): the launch's FHIR base, the authorised client's HTTP (an EHR
 * launch not yet authorised: a store that never answers). The fhirUser is the author of every
 * write through CurrentUser (SmartCurrentUser, provided with the app: smart-providers.ts).
 */
export function smartRepositoryProviders(mode: StartMode): Provider[] {
  return [
    { provide: FHIR_BASE_URL, useValue: smartBaseOf(mode) },
    {
      provide: FHIR_HTTP,
      useFactory: () => {
        const smart = inject(SmartSession);
        return () => (mode.kind === 'smart' ? smart.http() : new Promise(() => undefined));
      },
    },
  ];
}
