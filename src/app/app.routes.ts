import { Routes } from '@angular/router';

export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'worklist' },
  {
    path: 'worklist',
    title: 'Worklist · VAS Decision Support',
    loadComponent: () => import('./features/worklist/worklist-page').then((m) => m.WorklistPage),
  },
  {
    path: 'patients',
    title: 'Patients · VAS Decision Support',
    loadComponent: () => import('./features/patients/patients-page').then((m) => m.PatientsPage),
  },
  {
    path: 'patients/:id',
    title: 'Patient · VAS Decision Support',
    loadComponent: () => import('./features/patients/patient-page').then((m) => m.PatientPage),
  },
  {
    path: 'patients/:id/audit',
    title: 'Audit trail · VAS Decision Support',
    loadComponent: () => import('./features/audit/audit-trail-page').then((m) => m.AuditTrailPage),
  },
  {
    path: 'rules',
    title: 'Rules · VAS Decision Support',
    loadComponent: () => import('./features/rules/rules-page').then((m) => m.RulesPage),
  },
  {
    path: 'settings',
    title: 'Settings · VAS Decision Support',
    loadComponent: () => import('./features/settings/settings-page').then((m) => m.SettingsPage),
  },
  {
    path: 'launch',
    title: 'Launching · VAS Decision Support',
    loadComponent: () => import('./features/smart/launch-page').then((m) => m.LaunchPage),
  },
  {
    path: 'callback',
    title: 'Signing in · VAS Decision Support',
    loadComponent: () => import('./features/smart/callback-page').then((m) => m.CallbackPage),
  },
  { path: '**', redirectTo: 'worklist' },
];
