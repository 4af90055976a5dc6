/** The test authorisation server's HTML: the EHR launcher, and sign-in / patient / consent. */
import type { TestClinician } from './clinicians';

export interface PatientChoice {
  id: string;
  name: string;
}

const esc = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const page = (title: string, body: string): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem}
fieldset{margin:1rem 0}label{display:block;margin:.3rem 0}button{margin-right:1rem;padding:.4rem 1rem}
.note{color:#555;font-size:.9rem}</style></head>
<body><p class="note">VAS dashboard SMART test authorisation server: test data only.</p>
<h1>${esc(title)}</h1>${body}</body></html>`;

const options = (items: readonly { id: string; name: string }[], selected?: string): string =>
  items
    .map(
      (i) =>
        `<option value="${esc(i.id)}"${i.id === selected ? ' selected' : ''}>${esc(i.name)} (${esc(i.id)})</option>`,
    )
    .join('');

/** A stand-in EHR: pick a patient and a clinician, then open the app with a launch id. */
export function launcherPage(
  patients: readonly PatientChoice[],
  clinicians: readonly TestClinician[],
  app: string,
): string {
  return page(
    'Launch the app as an EHR would',
    `<form method="get" action="launch">
<label>Patient <select name="patient">${options(patients)}</select></label>
<label>Clinician <select name="user">${options(clinicians)}</select></label>
<label><input type="checkbox" name="need_patient_banner" value="false"> The EHR shows its own patient banner (need_patient_banner: false)</label>
<label>App launch URL <input name="app" size="40" value="${esc(app)}"></label>
<button type="submit">Launch</button></form>`,
  );
}

export interface ConsentView {
  client: string;
  clinician: TestClinician | null;
  clinicians: readonly TestClinician[];
  patient: PatientChoice | null;
  /** Null when no patient has to be picked (no `launch/patient`). */
  patients: readonly PatientChoice[] | null;
  scopes: readonly string[];
}

/** Sign-in (when the launch names no clinician), patient picker (standalone), consent. */
export function consentPage(v: ConsentView): string {
  const who = v.clinician
    ? `<p>Signed in as <strong>${esc(v.clinician.name)}</strong> (from the EHR launch).</p>
<input type="hidden" name="clinician" value="${esc(v.clinician.id)}">`
    : `<label>Sign in as <select name="clinician">${options(v.clinicians)}</select></label>`;
  const patient = v.patient
    ? `<p>Patient: <strong>${esc(v.patient.name)}</strong> (from the EHR launch).</p>`
    : v.patients
      ? `<label>Patient <select name="patient" aria-label="Patient">${options(v.patients)}</select></label>`
      : '';
  const scopes = v.scopes
    .map(
      (s) =>
        `<label><input type="checkbox" name="scope" value="${esc(s)}" checked> <code>${esc(s)}</code></label>`,
    )
    .join('');
  return page(
    `Authorise ${v.client}`,
    `<form method="post">${who}${patient}
<fieldset><legend>The app asks for these permissions (untick to refuse one)</legend>${scopes}</fieldset>
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny">Deny</button></form>`,
  );
}

export const errorPage = (message: string): string =>
  page('Cannot authorise', `<p>${esc(message)}</p>`);
