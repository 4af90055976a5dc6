/**
 * Which store this tab uses, chosen at start: `/?fhirServer=<base URL>` connects to an open
 * FHIR R4 server and keeps the choice for the browser session (sessionStorage); without it
 * the embedded IndexedDB store is used, as before. Settings shows and changes it.
 */
export const FHIR_SERVER_KEY = 'vas-dashboard.fhirServer';
export const FHIR_SERVER_PARAM = 'fhirServer';

/** An http(s) base URL without a trailing slash, or null. */
export function normaliseBase(value: string | null | undefined): string | null {
  const v = (value ?? '').trim();
  if (!v) return null;
  try {
    const url = new URL(v);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.href.replace(/\/+$/, '');
  } catch {
    return null;
  }
}

/**
 * The FHIR base URL this tab connects to, or null for the embedded store. A `fhirServer`
 * query parameter (empty or `none`: back to embedded) is stored for the session.
 */
export function chosenFhirServer(
  location: Pick<Location, 'search'> | undefined = globalThis.location,
  storage: Storage | undefined = globalThis.sessionStorage,
): string | null {
  const param = location ? new URLSearchParams(location.search).get(FHIR_SERVER_PARAM) : null;
  if (param !== null) {
    const base = param === 'none' ? null : normaliseBase(param);
    if (base) storage?.setItem(FHIR_SERVER_KEY, base);
    else storage?.removeItem(FHIR_SERVER_KEY);
    return base;
  }
  return normaliseBase(storage?.getItem(FHIR_SERVER_KEY));
}
