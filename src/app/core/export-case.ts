import type { CaseFile } from '../../engine';

/** The case as exported: the contract format, `assessedOn` = the day of export. */
export function exportable(c: CaseFile, today: string): CaseFile {
  return { ...c, format: 'vas-case/1', assessedOn: today };
}

/** Downloads the case as `<id>.json`; nothing leaves the machine. */
export function downloadCase(c: CaseFile, today: string): void {
  const blob = new Blob([`${JSON.stringify(exportable(c, today), null, 2)}\n`], {
    type: 'application/json',
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${c.id}.json`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
