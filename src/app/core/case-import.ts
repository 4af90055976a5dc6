import { formatErrors, validateCase, type CaseFile } from '../../engine';

export interface ImportedFile {
  name: string;
  text: string;
}
export interface ImportOutcome {
  accepted: { file: string; cases: CaseFile[] }[];
  refused: { file: string; message: string }[];
}

/**
 * Reads case files: each file is one case (or an array of cases) and is taken or refused
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

export { formatErrors };
