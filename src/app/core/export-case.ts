import { assess, caseToBundle, type CaseFile } from '../../engine';

/** The case as exported: the contract format, `assessedOn` = the day of export. */
export function exportable(c: CaseFile, today: string): CaseFile {
  return { ...c, format: 'vas-case/1', assessedOn: today };
}

/** Downloads the case as `<id>.json`; nothing leaves the machine. */
export function downloadCase(c: CaseFile, today: string): void {
  download(`${c.id}.json`, exportable(c, today));
}

/** Downloads the case as a FHIR R4 Bundle, `<id>.fhir.json`, with today's assessment. */
export function downloadBundle(c: CaseFile, today: string): void {
  const e = exportable(c, today);
  download(`${c.id}.fhir.json`, caseToBundle(e, assess(e)));
}

/** Every patient this tab holds, as one JSON array of case files (the escape hatch). */
export function downloadAll(cases: readonly CaseFile[], today: string): void {
  download(
    `vas-export-${today}.json`,
    cases.map((c) => exportable(c, today)),
  );
}

/** Downloads a JSON value as a file; nothing leaves the machine. */
export function download(name: string, value: unknown): void {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
