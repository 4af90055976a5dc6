/**
 * Which SMART v2 scopes a FHIR request needs, checked on the test server for requests with a
 * bearer token: resource type and interaction only (`r` read, `s` search, `c` create, `u`
 * update, `d` delete), each entry of a batch / transaction on its own. Not checked: the
 * patient compartment (`patient/` scopes reach every patient here), query restrictions.
 */
export type Interaction = 'c' | 'r' | 'u' | 'd' | 's';

export interface Need {
  type: string;
  interaction: Interaction;
}

interface BundleLike {
  resourceType?: string;
  entry?: { request?: { method?: string; url?: string } }[];
}

/** What one request needs; `null` for what any valid token may do (metadata). */
export function needsOf(method: string, path: string, body: unknown): Need[] | null {
  const [pathOnly] = path.split('?');
  const parts = (pathOnly ?? '').split('/').filter(Boolean);
  const m = method.toUpperCase();
  if (parts.length === 0) {
    if (m !== 'POST') return [];
    const b = body as BundleLike | undefined;
    return (b?.entry ?? []).flatMap(
      (e) => needsOf(e.request?.method ?? 'GET', e.request?.url ?? '', undefined) ?? [],
    );
  }
  const [type, id] = parts;
  if (type === 'metadata') return null;
  const interaction: Interaction =
    m === 'GET' || m === 'HEAD'
      ? id && id !== '_search'
        ? 'r'
        : 's'
      : m === 'POST'
        ? id === '_search'
          ? 's'
          : 'c'
        : m === 'DELETE'
          ? 'd'
          : 'u';
  return [{ type: type!, interaction }];
}

/** The needs the granted scopes do not cover (`user/` and `patient/` alike, no compartment). */
export function uncovered(scope: string, needs: readonly Need[]): Need[] {
  const granted = scope
    .split(/\s+/)
    .map((s) => /^(patient|user|system)\/(\*|[A-Za-z]+)\.([cruds]+)$/.exec(s))
    .filter((x): x is RegExpExecArray => !!x);
  return needs.filter(
    (n) => !granted.some((g) => (g[2] === '*' || g[2] === n.type) && g[3]!.includes(n.interaction)),
  );
}
