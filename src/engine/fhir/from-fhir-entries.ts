/**
 * The resources of a Bundle as `bundleToCase` reads them, each with where it stands; or why
 * the Bundle is refused as a whole (not a Bundle, no entries, one page of a search).
 */
import type { Bundle, BundleEntry, FhirResource } from 'fhir/r4';
import type { ValidationError } from '../validate';
import type { BundleResult } from './from-fhir-case';

type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export interface Entry {
  r: FhirResource;
  where: string;
}

/**
 * The Bundle and its resources; an entry without a resource is named through `fail`. A
 * refused Bundle: the result to return as it is.
 */
export function entriesOf(
  input: unknown,
  fail: (path: string, message: string) => void,
): { bundle: Bundle & { entry: BundleEntry[] }; resources: Entry[] } | BundleResult {
  if (!isObj(input) || input['resourceType'] !== 'Bundle')
    return { ok: false, errors: [{ path: 'Bundle.resourceType', message: 'is not "Bundle"' }] };
  const bundle = input as unknown as Bundle & { entry: BundleEntry[] };
  if (!Array.isArray(bundle.entry))
    return {
      ok: false,
      errors: [{ path: 'Bundle.entry', message: 'must be an array of entries' }],
    };
  // One page of a search is not the whole record: what is on the next page is not absent.
  if (bundle.link?.some((l) => l.relation === 'next'))
    return {
      ok: false,
      errors: [
        {
          path: 'Bundle.link',
          message:
            'is one page of a search (a "next" link): read every page, or export the whole record',
        },
      ] satisfies ValidationError[],
    };
  const resources: Entry[] = [];
  bundle.entry.forEach((e, i) => {
    // Resources a search included beside its matches (a Provenance; a Medication is kept).
    const r = isObj(e) ? (e as Obj)['resource'] : undefined;
    const mode = isObj(e) ? (e['search'] as { mode?: unknown } | undefined)?.mode : undefined;
    if (mode === 'include' && !(isObj(r) && r['resourceType'] === 'Medication')) return;
    if (!isObj(r) || typeof r['resourceType'] !== 'string')
      fail(`Bundle.entry[${i}].resource`, 'missing or without resourceType');
    else
      resources.push({
        r: r as unknown as FhirResource,
        where: `${r['resourceType']} (Bundle.entry[${i}])`,
      });
  });
  return { bundle, resources };
}
