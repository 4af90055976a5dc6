import {
  ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideAnimationsAsync } from '@angular/platform-browser/animations/async';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideStore } from '@ngrx/store';
import { routes } from './app.routes';
import { PATIENT_REPOSITORY } from './core/patient-repository';
import { DexiePatientRepository } from './core/dexie-patient-repository';
import { patientsFeature } from './core/patients.feature';
import { PatientEffects } from './core/patients.effects';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideAnimationsAsync(),
    provideRouter(routes, withComponentInputBinding()),
    provideStore({ [patientsFeature.name]: patientsFeature.reducer }),
    provideEffects(PatientEffects),
    { provide: PATIENT_REPOSITORY, useClass: DexiePatientRepository },
  ],
};
