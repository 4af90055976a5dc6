/** Small readers used by `bundleToCase`: codes, names, attachments, extensions. */
import type { CodeableConcept, Extension, HumanName } from 'fhir/r4';
import { isFindingId, type FindingId } from '../finding-ids';
import type { FindingValue } from '../model';
import { SYS } from './codes';
import { findingOfCoding } from './codes-read';

/**
 * Base64 text in the charset its content type names (UTF-8 by default; text that is not
 * valid UTF-8 is read as Windows-1252, which decodes any bytes), or null when not base64.
 */
export const fromB64 = (data: string, contentType?: string): string | null => {
  let bytes: Uint8Array;
  try {
    bytes = Uint8Array.from(atob(data.replace(/\s+/g, '')), (ch) => ch.charCodeAt(0));
  } catch {
    return null;
  }
  const named = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  for (const charset of [named, 'utf-8', 'windows-1252']) {
    if (!charset) continue;
    try {
      return new TextDecoder(charset, { fatal: true }).decode(bytes);
    } catch {
      // an unknown charset or bytes that are not in it: try the next
    }
  }
  return new TextDecoder('windows-1252').decode(bytes);
};
/** An HTML attachment's text: tags dropped, block ends as line breaks, entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(p|div|li|tr|h[1-6])>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
/** Only text attachments are decoded as report text (a PDF is not a report to read). */
export const isTextType = (t: string | undefined): boolean =>
  !t || /^text\//i.test(t.trim()) || /^application\/(json|xml|fhir\+json|rtf)/i.test(t.trim());

export function codeIn(cc: CodeableConcept | undefined, system: string): string | undefined {
  return list(cc?.coding).find((c) => c.system === system)?.code;
}
/**
 * The finding a concept codes: the app's own code, else a SNOMED CT or ICD-10 code EHRs use;
 * `exact` false when the code is broader or narrower than the finding (read as present only).
 */
export function conceptOf(
  cc: CodeableConcept | undefined,
): { finding: FindingId; exact: boolean } | undefined {
  const code = codeIn(cc, SYS.finding);
  if (isFindingId(code)) return { finding: code, exact: true };
  for (const c of list(cc?.coding)) {
    const f = findingOfCoding(c.system, c.code);
    if (f) return f;
  }
  return undefined;
}
export const findingOf = (cc: CodeableConcept | undefined): FindingId | undefined =>
  conceptOf(cc)?.finding;
/** An array as FHIR says it is, or none (a malformed element is not read). */
export const list = <T>(v: readonly T[] | undefined): readonly T[] => (Array.isArray(v) ? v : []);
/** A concept's words: its text and its codings' displays, joined by spaces. */
export const conceptWords = (cc: CodeableConcept | undefined): string =>
  [cc?.text, ...list(cc?.coding).map((c) => c.display)].join(' ');
/** LOINC codes of why a study was done (clinical information, reason, indication, history). */
export const STUDY_REASON_CODES = [
  '55752-0',
  '18785-6',
  '59768-2',
  '11329-0',
  '42349-1',
  '67098-4',
];
/** …and of a visit's reason: codes of a reason or question, not of a finding observed. */
const REASON_CODES = [...STUDY_REASON_CODES, '29299-5'];
/** A code whose value is a reason, a question or a differential, not a finding observed. */
export const asksAbout = (cc: CodeableConcept): boolean =>
  list(cc.coding).some((c) => c.system === SYS.loinc && REASON_CODES.includes(c.code ?? '')) ||
  /\b(?:reason|indication|differential|question|rule out|query|suspect\w*)/i.test(
    [cc.text, ...list(cc.coding).map((c) => c.display)].join(' '),
  );
/**
 * A status code (condition-clinical, condition-ver-status) matched by its code where the
 * system is the R4 one, the STU3 one (http://hl7.org/fhir/condition-…) or left out.
 */
export function statusIn(cc: CodeableConcept | undefined, system: string): string | undefined {
  const stu3 = system.replace('http://terminology.hl7.org/CodeSystem/', 'http://hl7.org/fhir/');
  return cc?.coding?.find((c) => !c.system || c.system === system || c.system === stu3)?.code;
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
/**
 * A FHIR date as a day for the fail-safe windows: a partial date is read as its latest day
 * ("2026-10" → 2026-10-31, "2026" → 2026-12-31: the more recent, the more cautious), and no
 * later than `latest` when it is a month or year not over yet, or (`aheadByZone`: a session's
 * date) one day ahead, a time zone east of the server's. Other dates are kept as written.
 */
export function recentDayOf(
  v: string | undefined,
  latest: string,
  aheadByZone = false,
): string | undefined {
  if (typeof v !== 'string' || !v) return undefined;
  let day = v.slice(0, 10);
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(v.trim());
  // A month that does not exist is left as written, for validation to refuse by name.
  if (m?.[2] && (Number(m[2]) < 1 || Number(m[2]) > 12)) return v;
  if (m) {
    const y = Number(m[1]);
    const month = m[2] ? Number(m[2]) : 12;
    const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
    day = `${m[1]}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
  }
  if (day <= latest) return day;
  // A month or year not over yet; a date one day ahead (a time zone east of the server's).
  const ahead = (Date.parse(day) - Date.parse(latest)) / 86_400_000;
  return m || (aheadByZone && ahead <= 1) ? latest : day;
}

export function presentOf(v: FindingValue | undefined): boolean | null {
  if (v === true || v === false) return v;
  return v && typeof v === 'object' ? v.present : null;
}

/** An unanswered entry that keeps its onset and note. */
export const unanswered = (onset: string | undefined, note: string | undefined): FindingValue => ({
  present: null,
  ...(onset ? { onset } : {}),
  ...(note ? { note } : {}),
});

export function detail(
  present: boolean,
  onset: string | undefined,
  note: string | undefined,
): FindingValue {
  if (!onset && !note) return present;
  return { present, ...(onset ? { onset } : {}), ...(note ? { note } : {}) };
}

/** A partial start date as its first day ("2026-03" → 2026-03-01): the longer run, the more cautious. */
export function earliestDayOf(v: string | undefined): string | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(v.trim());
  return m ? `${m[1]}-${m[2] ?? '01'}-01` : v.slice(0, 10);
}

/** An RTF attachment's text: groups of fonts and styles dropped, control words removed. */
export function rtfText(rtf: string): string {
  return rtf
    .replace(
      /\{\\\*[^{}]*\}|\{\\(?:fonttbl|colortbl|stylesheet|info)[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/g,
      ' ',
    )
    .replace(/\\(?:par|line)\b ?/g, '\n')
    .replace(/\\'([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\[a-z]+-?\d* ?/gi, '')
    .replace(/[{}]/g, '');
}

/** A concept named with its body site ("Dissection" of "Vertebral artery structure"). */
export function withSite(cc: CodeableConcept | undefined, site: string): CodeableConcept {
  const name = cc?.text ?? list(cc?.coding).find((c) => c.display)?.display ?? '';
  return { ...cc, text: `${name} of ${site}` };
}
