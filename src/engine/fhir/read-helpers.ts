/** Small readers used by `bundleToCase`: codes, names, attachments, extensions. */
import type { CodeableConcept, Extension, HumanName } from 'fhir/r4';
import { isFindingId, type FindingId } from '../finding-ids';
import type { FindingValue } from '../model';
import { SNOMED_READ, SYS } from './codes';

/** Base64 UTF-8 text, or null when it is not valid base64 or not UTF-8. */
export const fromB64 = (data: string): string | null => {
  try {
    const bin = atob(data.replace(/\s+/g, ''));
    const bytes = Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
};
/** Only text attachments are decoded as report text (a PDF is not a report to read). */
export const isTextType = (t: string | undefined): boolean =>
  !t || /^text\//i.test(t.trim()) || /^application\/(json|xml|fhir\+json)/i.test(t.trim());

export function codeIn(cc: CodeableConcept | undefined, system: string): string | undefined {
  return cc?.coding?.find((c) => c.system === system)?.code;
}
export function findingOf(cc: CodeableConcept | undefined): FindingId | undefined {
  const code = codeIn(cc, SYS.finding);
  if (isFindingId(code)) return code;
  // Plain FHIR from elsewhere: map the SNOMED codes the brief gives.
  const snomed = codeIn(cc, SYS.snomed);
  if (snomed === '404640003') return 'dizziness';
  if (snomed === '25064002') return 'headache';
  return snomed && Object.prototype.hasOwnProperty.call(SNOMED_READ, snomed)
    ? SNOMED_READ[snomed]
    : undefined;
}
/** "http://snomed.info/sct|12345 (Some display)": how an unread code is named in warnings. */
export const codesOf = (cc: CodeableConcept | undefined): string =>
  cc?.coding?.length
    ? cc.coding
        .map((c) => `${c.system ?? '?'}|${c.code ?? '?'}${c.display ? ` (${c.display})` : ''}`)
        .join(', ')
    : (cc?.text ?? 'no code');
/** A HumanName as one display name: its text, else prefix, given and family names. */
export function nameOf(names: readonly HumanName[] | undefined): string | undefined {
  const n = names?.find((x) => x.use === 'official') ?? names?.[0];
  if (!n) return undefined;
  const text = n.text ?? [...(n.prefix ?? []), ...(n.given ?? []), n.family ?? ''].join(' ').trim();
  return text || undefined;
}
export const show = (v: string): string =>
  JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
export const extOf = (r: { extension?: Extension[] }, url: string): Extension | undefined =>
  r.extension?.find((e) => e.url === url);
export const extsOf = (r: { extension?: Extension[] }, url: string): Extension[] =>
  r.extension?.filter((e) => e.url === url) ?? [];
export const dateOf = (v: string | undefined): string | undefined =>
  v ? v.slice(0, 10) : undefined;

export function presentOf(v: FindingValue | undefined): boolean | null {
  if (v === true || v === false) return v;
  return v && typeof v === 'object' ? v.present : null;
}

export function detail(
  present: boolean,
  onset: string | undefined,
  note: string | undefined,
): FindingValue {
  if (!onset && !note) return present;
  return { present, ...(onset ? { onset } : {}), ...(note ? { note } : {}) };
}
