import { bundleToCase, formatErrors, validateCase, type CaseFile } from '../../engine';

export interface ImportedFile {
  name: string;
  text: string;
}
export interface ImportOutcome {
  accepted: { file: string; cases: CaseFile[] }[];
  refused: { file: string; message: string }[];
}

/**
 * Reads case files or FHIR R4 Bundles: each file is one case (or an array of cases, or a
 * Bundle) and is taken or refused
 * whole, with the field path that failed. Pure: nothing is stored here.
 */
export function parseCaseFiles(files: readonly ImportedFile[]): ImportOutcome {
  const outcome: ImportOutcome = { accepted: [], refused: [] };
  const seen = new Set<string>();
  for (const f of files) {
    let json: unknown;
    try {
      json = JSON.parse(f.text);
    } catch (e) {
      outcome.refused.push({ file: f.name, message: `not valid JSON (${(e as Error).message})` });
      continue;
    }
    if (
      typeof json === 'object' &&
      json !== null &&
      (json as { resourceType?: unknown }).resourceType === 'Bundle'
    ) {
      const b = bundleToCase(json);
      if (!b.ok) outcome.refused.push({ file: f.name, message: formatErrors(b.errors) });
      else if (seen.has(b.value.id))
        outcome.refused.push({
          file: f.name,
          message: `id: "${b.value.id}" appears twice in this import`,
        });
      else {
        seen.add(b.value.id);
        outcome.accepted.push({ file: f.name, cases: [b.value] });
      }
      continue;
    }
    const items = Array.isArray(json) ? json : [json];
    const cases: CaseFile[] = [];
    let error: string | null = items.length === 0 ? 'the file holds no case' : null;
    items.forEach((item, i) => {
      if (error) return;
      const v = validateCase(item);
      const where = Array.isArray(json) ? `[${i}].` : '';
      if (!v.ok) error = v.errors.map((e) => `${where}${e.path}: ${e.message}`).join('; ');
      else if (seen.has(v.value.id))
        error = `${where}id: "${v.value.id}" appears twice in this import`;
      else cases.push(v.value);
    });
    if (error) outcome.refused.push({ file: f.name, message: error });
    else {
      cases.forEach((c) => seen.add(c.id));
      outcome.accepted.push({ file: f.name, cases });
    }
  }
  return outcome;
}
