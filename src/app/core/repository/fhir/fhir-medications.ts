/**
 * The Medications a patient's medication orders and statements name by reference, read from
 * the same server (connected mode). An EHR often codes the drug on a Medication of its own
 * ("Medication/med1", no display): without it an apixaban order reads as an unnamed
 * medication and the anticoagulant precaution is lost.
 */
import type {
  Bundle,
  BundleEntry,
  MedicationRequest,
  MedicationStatement,
  Resource,
} from 'fhir/r4';
import { onServer } from '../../../../engine';

/** GETs per batch: servers cap a batch's entries (Medplum at 50). */
const BATCH = 50;

/** `Medication/<id>` of a reference this server holds; null for contained, urn or foreign ones. */
export function medicationKey(base: string, reference: string): string | null {
  if (reference.startsWith('#') || reference.startsWith('urn:')) return null;
  // A version's address names the Medication ("Medication/m1/_history/2").
  const ref = reference.replace(/\/_history\/[^/]+$/, '');
  const relative = /^Medication\/([A-Za-z0-9\-.]{1,64})$/.exec(ref);
  if (relative) return ref;
  const href = onServer(base, ref);
  if (!href) return null;
  const tail = /\/Medication\/([A-Za-z0-9\-.]{1,64})$/.exec(new URL(href).pathname);
  return tail ? `Medication/${tail[1]}` : null;
}

/** The Medications named by reference and not among `resources`, as `Medication/<id>`. */
export function missingMedications(base: string, resources: readonly Resource[]): string[] {
  const have = new Set(
    resources
      .filter((r) => r.resourceType === 'Medication' && r.id)
      .map((r) => `Medication/${r.id}`),
  );
  const want = new Set<string>();
  for (const r of resources) {
    if (r.resourceType !== 'MedicationStatement' && r.resourceType !== 'MedicationRequest')
      continue;
    const ref = (r as MedicationStatement | MedicationRequest).medicationReference?.reference;
    const key = typeof ref === 'string' ? medicationKey(base, ref) : null;
    if (key && !have.has(key)) want.add(key);
  }
  return [...want];
}

/**
 * Reads the Medications by key in batches of GETs. Those the server does not give back are
 * named in `notRead` (their orders stay "unnamed medication", a warning of the read).
 */
export async function readMedications(
  post: (b: Bundle) => Promise<Bundle>,
  keys: readonly string[],
): Promise<{ medications: Resource[]; notRead: string[] }> {
  const medications: Resource[] = [];
  const notRead: string[] = [];
  for (let i = 0; i < keys.length; i += BATCH) {
    const part = keys.slice(i, i + BATCH);
    const res = await post({
      resourceType: 'Bundle',
      type: 'batch',
      entry: part.map((url): BundleEntry => ({ request: { method: 'GET', url } })),
    });
    part.forEach((key, k) => {
      const e = res.entry?.[k];
      const r = e?.resource;
      const ok = String(e?.response?.status ?? '').startsWith('2');
      if (ok && r?.resourceType === 'Medication' && `Medication/${r.id}` === key)
        medications.push(r);
      else
        notRead.push(
          `${key}: the server did not give it (${e?.response?.status ?? 'no answer'}); the medication's name is not read`,
        );
    });
  }
  return { medications, notRead };
}
