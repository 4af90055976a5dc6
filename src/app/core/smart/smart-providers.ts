import type { Provider } from '@angular/core';
import { CurrentUser } from '../audit/current-user';
import { LAZY_REPOSITORY, LazyPatientRepository } from '../lazy-patient-repository';
import { PATIENT_REPOSITORY } from '../patient-repository';
import { smartBaseOf, type StartMode } from './smart-context';
import { SmartCurrentUser } from './smart-current-user';

/**
 * A SMART launch or a signed-in tab: the FHIR repository with the authorised client, loaded
 * on first use like the other stores (smart-repository.ts), and the fhirUser as the user
 * (SmartCurrentUser: the author of the audit trail, decisions and every Provenance).
 * Null when the app was not launched through SMART.
 */
export function smartProviders(mode: StartMode): Provider[] | null {
  if (mode.kind !== 'smart' && mode.kind !== 'launch') return null;
  return [
    {
      provide: LAZY_REPOSITORY,
      useValue: {
        connectedTo: smartBaseOf(mode),
        load: async () => {
          const m = await import('./smart-repository');
          return {
            repository: m.SmartPatientRepository,
            providers: m.smartRepositoryProviders(mode),
          };
        },
      },
    },
    { provide: PATIENT_REPOSITORY, useClass: LazyPatientRepository },
    { provide: CurrentUser, useClass: SmartCurrentUser },
  ];
}
