/**
 * The SMART v2 scopes the app asks for, and what a granted scope string allows. Pure.
 *
 * Only what the app uses: the case resources it reads (`.rs`, with an EHR's forms, visits and
 * radiology notes) and writes (`.cud`: an edit
 * creates, updates, and deletes what the case no longer has, e.g. a removed imaging study),
 * Patient read and update (date of birth and sex are editable), a Provenance created with
 * every write, and `user/ServiceRequest.rs` for the worklist across patients.
 */
import { CASE_TYPES, READ_TYPES } from '../repository/fhir/case-types';

export type LaunchKind = 'ehr' | 'standalone';

export const WORKLIST_SCOPES: readonly string[] = ['user/ServiceRequest.rs'];
export const READ_SCOPES: readonly string[] = ['Patient', ...READ_TYPES].map(
  (t) => `patient/${t}.rs`,
);
export const WRITE_SCOPES: readonly string[] = [
  'patient/Patient.u',
  ...CASE_TYPES.map((t) => `patient/${t}.cud`),
  'patient/Provenance.c',
];

/** The scope string of an authorisation request. */
export function appScopes(kind: LaunchKind): string {
  return [
    kind === 'ehr' ? 'launch' : 'launch/patient',
    'openid',
    'fhirUser',
    ...READ_SCOPES,
    ...WORKLIST_SCOPES,
    ...WRITE_SCOPES,
  ].join(' ');
}

interface ResourceScope {
  context: 'patient' | 'user' | 'system';
  type: string;
  perms: string;
}

/** `patient/Observation.rs` (v2) or `user/*.read` (v1, read as `rs` / `cud` / `cruds`). */
export function parseScope(scope: string): ResourceScope | null {
  const m = /^(patient|user|system)\/(\*|[A-Z][A-Za-z]*)\.([a-z*]+)(\?.*)?$/.exec(scope);
  if (!m || m[4]) return null; // a v2 query restriction (`?category=…`) is not a whole grant
  const v1: Record<string, string> = { read: 'rs', write: 'cud', '*': 'cruds' };
  const perms = v1[m[3]!] ?? m[3]!;
  if (!/^c?r?u?d?s?$/.test(perms) || perms === '') return null;
  return { context: m[1] as ResourceScope['context'], type: m[2]!, perms };
}

/**
 * Whether the granted scopes allow what `needed` asks for. `user/` and `system/` grants
 * cover `patient/` needs (the user may reach every patient's data); permissions may be split
 * over several granted scopes.
 */
export function covers(granted: readonly string[], needed: string): boolean {
  const want = parseScope(needed);
  if (!want) return granted.includes(needed);
  const have = new Set<string>();
  for (const g of granted) {
    const s = parseScope(g);
    if (!s || (s.type !== '*' && s.type !== want.type)) continue;
    if (s.context !== want.context && !(want.context === 'patient' && s.context !== 'patient'))
      continue;
    for (const p of s.perms) have.add(p);
  }
  return [...want.perms].every((p) => have.has(p));
}

/** The needed scopes the grant does not cover. */
export function missingScopes(granted: string | null, needed: readonly string[]): string[] {
  const list = (granted ?? '').split(/\s+/).filter(Boolean);
  return needed.filter((n) => !covers(list, n));
}
