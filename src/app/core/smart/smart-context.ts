/**
 * SMART launch state kept by the app, and the launch context read from the token response.
 * Pure (storage and location are passed in), so it is unit-tested without a browser.
 *
 * fhirclient keeps the tokens in sessionStorage; this module keeps only which server the tab
 * is signed in to, how (EHR or standalone), and edits waiting for a re-authorisation.
 */
import type { FieldChange } from '../case-changes';
import type { LaunchKind } from './smart-scopes';

export const SMART_RECORD_KEY = 'vas-dashboard.smart';
export const SMART_PENDING_KEY = 'vas-dashboard.smart.pending';
export const LAUNCH_PATH = '/launch';
export const CALLBACK_PATH = '/callback';

export interface SmartRecord {
  iss: string;
  kind: LaunchKind;
  /** True once a callback returned an access token; until then a reload is not signed in. */
  authorised: boolean;
  /** When the last authorisation started (ms), to stop a re-authorisation loop. */
  startedAt: number;
}

export type StartMode =
  | { kind: 'none' }
  /**
   * `/launch?iss=…&launch=…`: about to leave for the authorisation server; `reauth`: the app's
   * own re-authorisation after an expired token (a fresh page, so fhirclient reads a fresh URL).
   */
  | { kind: 'launch'; iss: string | null; launch: string | null; reauth: boolean }
  /** Signed in (or finishing the sign-in on the callback) to this FHIR server. */
  | { kind: 'smart'; iss: string }
  /** The callback came back with an error (refused consent, invalid request). */
  | { kind: 'refused' };

export function readRecord(storage: Storage | undefined): SmartRecord | null {
  try {
    const r = JSON.parse(storage?.getItem(SMART_RECORD_KEY) ?? 'null') as SmartRecord | null;
    return r && typeof r.iss === 'string' ? r : null;
  } catch {
    return null;
  }
}

export function writeRecord(storage: Storage | undefined, record: SmartRecord | null): void {
  if (record) storage?.setItem(SMART_RECORD_KEY, JSON.stringify(record));
  else storage?.removeItem(SMART_RECORD_KEY);
}

/** How this tab starts: decided once, before the store is chosen. */
export function startMode(
  location: Pick<Location, 'pathname' | 'search'>,
  storage: Storage | undefined,
): StartMode {
  const params = new URLSearchParams(location.search);
  if (params.has('fhirServer')) {
    // An explicit store choice (Settings, a link) ends the SMART session of this tab.
    writeRecord(storage, null);
    return { kind: 'none' };
  }
  if (location.pathname === LAUNCH_PATH)
    return {
      kind: 'launch',
      iss: params.get('iss'),
      launch: params.get('launch'),
      reauth: params.get('reauth') === '1',
    };
  const record = readRecord(storage);
  if (location.pathname === CALLBACK_PATH) {
    if (params.has('error')) return { kind: 'refused' };
    if (params.has('code') && record) return { kind: 'smart', iss: record.iss };
  }
  return record?.authorised ? { kind: 'smart', iss: record.iss } : { kind: 'none' };
}

export interface LaunchContext {
  /** The FHIR id of the patient in context, or null (none given). */
  patient: string | null;
  /** False when the EHR shows its own patient banner. */
  needPatientBanner: boolean;
  /** The signed-in user's FHIR resource (URL or reference), from the ID token. */
  fhirUser: string | null;
  /** The scopes granted, as the token response says. */
  scope: string;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** The launch context of a token response and its ID token claims; anything odd is absent. */
export function launchContextOf(tokenResponse: unknown, idToken: unknown): LaunchContext {
  const t = (tokenResponse ?? {}) as Record<string, unknown>;
  const claims = (idToken ?? {}) as Record<string, unknown>;
  const banner = t['need_patient_banner'];
  return {
    patient: text(t['patient']),
    needPatientBanner: !(banner === false || banner === 'false'),
    fhirUser: text(claims['fhirUser']) ?? text(claims['profile']),
    scope: text(t['scope']) ?? '',
  };
}

/** The FHIR base URL a SMART start mode works with ('' when there is none). */
export function smartBaseOf(mode: StartMode): string {
  return mode.kind === 'smart' ? mode.iss : mode.kind === 'launch' ? (mode.iss ?? '') : '';
}

/** `Practitioner/x` for a fhirUser on this server (relative references stay portable). */
export function referenceOf(fhirUser: string | null, base: string): string | null {
  if (!fhirUser) return null;
  const b = base.replace(/\/+$/, '') + '/';
  const rel = fhirUser.startsWith(b) ? fhirUser.slice(b.length) : fhirUser;
  return /^[A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/.test(rel) ? rel : fhirUser;
}

interface HumanNameLike {
  text?: string;
  prefix?: string[];
  given?: string[];
  family?: string;
  use?: string;
}

/** A person's display name from their FHIR resource (official name first), or null. */
export function displayNameOf(resource: unknown): string | null {
  const names = ((resource ?? {}) as { name?: HumanNameLike[] }).name ?? [];
  const n = names.find((x) => x.use === 'official') ?? names[0];
  if (!n) return null;
  return (
    text(n.text) ??
    text([...(n.prefix ?? []), ...(n.given ?? []), n.family ?? ''].join(' ').replace(/\s+/g, ' '))
  );
}

/** An edit not yet saved when the access token expired: re-applied after signing in again. */
export interface PendingEdit {
  id: string;
  changes: FieldChange[];
}

export function savePending(storage: Storage | undefined, edit: PendingEdit): void {
  const all = takePending(storage);
  all.push(edit);
  storage?.setItem(SMART_PENDING_KEY, JSON.stringify(all));
}

/** The waiting edits, removed from storage. */
export function takePending(storage: Storage | undefined): PendingEdit[] {
  const raw = storage?.getItem(SMART_PENDING_KEY);
  storage?.removeItem(SMART_PENDING_KEY);
  try {
    const v = JSON.parse(raw ?? '[]') as unknown;
    return Array.isArray(v)
      ? v.filter(
          (e): e is PendingEdit =>
            !!e && typeof e.id === 'string' && Array.isArray((e as PendingEdit).changes),
        )
      : [];
  } catch {
    return [];
  }
}
