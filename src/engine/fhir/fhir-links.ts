/**
 * Which links a read of a FHIR server may follow (connected mode, the CDS service's reads): relative ones, or under the chosen server's base
 * (same origin and path). fhirclient sends the access token with every request, so a link to
 * another host is never followed; a read that needs it fails instead of being partial.
 */

/**
 * The link resolved against the server's base when it stays on that server, else null. The
 * resolved address is what is fetched: a scheme with no "//" ("https:evil.example/x") would be
 * resolved differently by fetch.
 */
export function onServer(base: string, url: string): string | null {
  try {
    const root = new URL(base.endsWith('/') ? base : `${base}/`);
    if (/^[a-z][a-z0-9+.-]*:(?!\/\/)/i.test(url)) return null;
    const to = new URL(url, root);
    return to.origin === root.origin && `${to.pathname}/`.startsWith(root.pathname)
      ? to.href
      : null;
  } catch {
    return null;
  }
}

/** The origin of an address, for a message. */
export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'an address that is not a URL';
  }
}
