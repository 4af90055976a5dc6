import {
  ApplicationConfig,
  type Provider,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { APP_BASE_HREF } from '@angular/common';
import { provideAnimationsAsync } from '@angular/platform-browser/animations/async';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideStore } from '@ngrx/store';
import { routes } from './app.routes';
import { PATIENT_REPOSITORY } from './core/patient-repository';
import {
  LAZY_REPOSITORY,
  LazyPatientRepository,
  type LazyRepositorySpec,
} from './core/lazy-patient-repository';
import { chosenFhirServer } from './core/repository/fhir/fhir-server-choice';
import { startMode } from './core/smart/smart-context';
import { smartProviders } from './core/smart/smart-providers';
import { SMART_START } from './core/smart/smart-session';
import { patientsFeature } from './core/patients.feature';
import { PatientCreateEffects } from './core/patient-create.effects';
import { PatientEffects } from './core/patients.effects';
import { PatientLoadEffects } from './core/patients-load.effects';
import { WorklistSnapshotEffects } from './core/worklist-snapshot.effects';

/**
 * Embedded IndexedDB (the default), or the FHIR server chosen for this browser session; each
 * imported on first use, so neither Dexie nor the FHIR client is in the initial JavaScript.
 */
function patientRepositoryProviders(fhirBase: string | null): Provider[] {
  return [
    {
      provide: LAZY_REPOSITORY,
      useValue: fhirBase
        ? {
            connectedTo: fhirBase,
            load: async () => {
              const m = await import('./core/repository/fhir/fhir-patient-repository');
              return {
                repository: m.FhirPatientRepository,
                providers: [{ provide: m.FHIR_BASE_URL, useValue: fhirBase }],
              };
            },
          }
        : embeddedRepository(),
    },
    { provide: PATIENT_REPOSITORY, useClass: LazyPatientRepository },
  ];
}

/**
 * The embedded store's code is fetched as the app starts, alongside Angular's own start, not
 * once the first screen asks for patients: the worklist reads the store ~100 ms sooner.
 */
function embeddedRepository(): LazyRepositorySpec {
  const module = import('./core/dexie-patient-repository');
  return { load: async () => ({ repository: (await module).DexiePatientRepository }) };
}

/** A SMART launch or a signed-in tab (SMART App Launch), else as chosen above. */
const smartStart = startMode(globalThis.location, globalThis.sessionStorage);

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideAnimationsAsync(),
    provideRouter(routes, withComponentInputBinding()),
    // index.html has no <base> (CSP base-uri 'none'): the app lives at the root.
    { provide: APP_BASE_HREF, useValue: '/' },
    provideStore({ [patientsFeature.name]: patientsFeature.reducer }),
    provideEffects(
      PatientLoadEffects,
      PatientEffects,
      PatientCreateEffects,
      WorklistSnapshotEffects,
    ),
    { provide: SMART_START, useValue: smartStart },
    ...(smartProviders(smartStart) ?? patientRepositoryProviders(chosenFhirServer())),
  ],
};
