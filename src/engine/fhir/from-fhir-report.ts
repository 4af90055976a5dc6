/**
 * A DiagnosticReport → an imaging study, for `bundleToCase`: the app's own codes, and imaging
 * reports as EHRs send them (LOINC codes, a radiology category, the modality only in words, the
 * full report in an attachment behind a one-line conclusion). A report that is not imaging (a
 * lab report) is named in a warning, never guessed into a study.
 */
import type { DiagnosticReport } from 'fhir/r4';
import { isFindingId, type FindingId } from '../finding-ids';
import {
  IMAGING_MODALITIES,
  type ImagingModality,
  type ImagingRegion,
  type ImagingStudy,
} from '../model';
import { EXT, SYS } from './codes';
import {
  codeIn,
  codesOf,
  extOf,
  extsOf,
  findingOf,
  fromB64,
  htmlText,
  isTextType,
  recentDayOf,
} from './read-helpers';

/** LOINC imaging codes the brief gives (§7) and the app writes. */
const LOINC_IMAGING: Readonly<Record<string, [ImagingModality, ImagingRegion]>> = {
  '24946-6': ['xray', 'cervical-spine'],
  '24935-9': ['mri', 'cervical-spine'],
  '24932-6': ['msct', 'cervical-spine'],
};
/** Diagnostic service sections (v2-0074) of imaging. */
const IMAGING_SECTIONS = new Set(['RAD', 'CT', 'NMR', 'RX', 'US', 'VUS', 'CUS', 'XRC', 'IMG']);

/** The modality named in words, most specific first (an angiography before its technique). */
const MODALITY_WORDS: readonly [ImagingModality, RegExp][] = [
  ['cta', /\b(?:cta|ct[- ]?angiogra\w*|computed tomograph\w* angiogra\w*)\b/i],
  ['mra', /\b(?:mra|mr[- ]?angiogra\w*|magnetic resonance angiogra\w*|tof angiogra\w*)\b/i],
  ['doppler', /\b(?:doppler\w*|duplex|ultraso\w*|sonograph\w*|usdg|uszdg)\b/i],
  ['mri', /\b(?:mri|mr|magnetic resonance|nmr)\b/i],
  ['msct', /\b(?:msct|ct|computed tomograph\w*|cat scan)\b/i],
  ['xray', /\b(?:x-?rays?|xr|radiograph\w*|plain films?|roentgen\w*)\b/i],
];
const REGION_WORDS: readonly [ImagingRegion, RegExp][] = [
  ['cervical-spine', /\b(?:cervical spine|c-?spine|cervical vertebra\w*|cervical)\b/i],
  [
    'neck-vessels',
    /\b(?:carotid\w*|vertebral arter\w*|neck vessels?|brachiocephalic|supra-?aortic|extracranial)\b/i,
  ],
  ['head', /\b(?:head|brain|skull|cranial|intracranial|cerebr\w*)\b/i],
];

const inWords = <T>(list: readonly [T, RegExp][], text: string): T | undefined =>
  list.find(([, re]) => re.test(text))?.[0];

/** The report's text: its conclusion and every text attachment, one after the other. */
function reportText(
  r: DiagnosticReport,
  where: string,
  warn: (s: string) => void,
): string | undefined {
  const parts: string[] = [];
  if (r.conclusion?.trim()) parts.push(r.conclusion);
  let unread = '';
  for (const f of r.presentedForm ?? []) {
    if (typeof f.data !== 'string') continue;
    if (!isTextType(f.contentType)) {
      warn(`${where}.presentedForm: ${f.contentType} attachment not read`);
      unread = f.contentType ?? 'an attachment';
      continue;
    }
    const text = fromB64(f.data, f.contentType);
    if (text === null) {
      warn(`${where}.presentedForm.data: not base64 text, not read`);
      unread = 'an attachment that is not base64';
      continue;
    }
    const plain = /html/i.test(f.contentType ?? '') ? htmlText(text) : text;
    if (plain.trim() && !parts.some((p) => p.trim() === plain.trim())) parts.push(plain);
  }
  if (parts.length) return parts.join('\n\n');
  // Nothing to read but an attachment: say so in the report, so the assessment warns that
  // the report was not machine-read (FS-8) instead of taking the study as read and clean.
  return unread ? `[Report attachment not read: ${unread}.]` : r.conclusion;
}

/** The imaging study a DiagnosticReport gives; null (with a warning) when it is not imaging. */
export function readImagingReport(
  r: DiagnosticReport,
  where: string,
  warn: (s: string) => void,
  latest: string,
): ImagingStudy | null {
  if (r.status === 'entered-in-error' || r.status === 'cancelled') {
    warn(`${where}: status ${r.status}, not read`);
    return null;
  }
  const own = codeIn(r.code, SYS.imaging);
  const loinc = LOINC_IMAGING[codeIn(r.code, SYS.loinc) ?? ''];
  const named = [r.code?.text, ...(r.code?.coding ?? []).map((c) => c.display)]
    .filter((t): t is string => !!t)
    .join(' ');
  const section = (r.category ?? []).some((c) =>
    (c.coding ?? []).some(
      (x) => x.system === SYS.diagnosticService && IMAGING_SECTIONS.has(x.code ?? ''),
    ),
  );
  let modality: string | undefined =
    own && (IMAGING_MODALITIES as readonly string[]).includes(own) ? own : loinc?.[0];
  modality ??= inWords(MODALITY_WORDS, named);
  if (!modality && !section) {
    warn(`${where}.code: ${codesOf(r.code)} not read (not an imaging report)`);
    return null;
  }
  const text = reportText(r, where, warn);
  const opening = (text ?? '').slice(0, 300);
  if (!modality) {
    modality = inWords(MODALITY_WORDS, opening) ?? 'mri';
    warn(`${where}.code: no imaging modality coded; read as ${modality}`);
  }
  let region: string | undefined = extOf(r, EXT.region)?.valueCode ?? loinc?.[1];
  if (!region) {
    region = inWords(REGION_WORDS, named) ?? inWords(REGION_WORDS, opening) ?? 'head';
    warn(`${where}: no imaging region coded; read as ${region}`);
  }
  const confirmed = (r.conclusionCode ?? []).map(findingOf).filter((f): f is FindingId => !!f);
  for (const cc of r.conclusionCode ?? [])
    if (!findingOf(cc))
      warn(`${where}.conclusionCode: ${codesOf(cc)} not read (no finding id for it)`);
  const rejected = extsOf(r, EXT.rejected)
    .map((e) => e.valueCode)
    .filter(isFindingId);
  const absent = extsOf(r, EXT.absent)
    .map((e) => e.valueCode)
    .filter(isFindingId);
  const date = recentDayOf(r.effectiveDateTime ?? r.effectivePeriod?.start, latest);
  return {
    modality: modality as ImagingModality,
    region: region as ImagingRegion,
    ...(date ? { date } : {}),
    ...(text !== undefined ? { report: text } : {}),
    ...(confirmed.length ? { findings: confirmed } : {}),
    ...(absent.length ? { absentFindings: absent } : {}),
    ...(rejected.length ? { rejectedFindings: rejected } : {}),
  };
}
