/**
 * A DiagnosticReport → an imaging study, for `bundleToCase`: the app's own codes, and imaging
 * reports as EHRs send them (LOINC codes, a radiology category, the modality only in words, the
 * full report in an attachment behind a one-line conclusion). A report that is not imaging (a
 * lab report) is named in a warning, never guessed into a study.
 */
import type { DiagnosticReport, DocumentReference } from 'fhir/r4';
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
  rtfText,
  isTextType,
  recentDayOf,
} from './read-helpers';

/** LOINC imaging codes the brief gives (§7) and the app writes. */
const LOINC_IMAGING: Readonly<Record<string, [ImagingModality, ImagingRegion]>> = {
  '24946-6': ['xray', 'cervical-spine'],
  '24935-9': ['mri', 'cervical-spine'],
  '24932-6': ['msct', 'cervical-spine'],
};
/** Diagnostic service sections (v2-0074) of imaging, with the modality each implies. */
const IMAGING_SECTIONS: Readonly<Record<string, ImagingModality | undefined>> = {
  RAD: undefined,
  CT: 'msct',
  NMR: 'mri',
  RX: 'xray',
  XRC: 'xray',
  US: 'doppler',
  VUS: 'doppler',
  CUS: 'doppler',
};

/**
 * The modality named in words, most specific first (an angiography before its technique).
 * Abbreviations only in capitals ("MR", "CT": not "Mr Smith", not a lab's "Ct" value).
 */
const MODALITY_WORDS: readonly [ImagingModality, RegExp][] = [
  ['cta', /\b(?:CTA|CT[- ]?[Aa]ngio\w*|DSA)\b/],
  [
    'cta',
    /\b(?:cta|ct angiogra\w*|computed tomograph\w* angiogra\w*|(?:cerebral|catheter|digital subtraction) angiogra\w*)\b/i,
  ],
  ['mra', /\b(?:MRA|MR[- ]?[Aa]ngio\w*|TOF)\b/],
  ['mra', /\b(?:mra|magnetic resonance angiogra\w*|mr angiogra\w*)\b/i],
  ['doppler', /\b(?:US|USDG)\b/],
  ['doppler', /\b(?:doppler\w*|duplex|ultraso\w*|sonograph\w*)\b/i],
  ['mri', /\b(?:MRI?|NMR)\b/],
  ['mri', /\b(?:mri|magnetic resonance)\b/i],
  ['msct', /\b(?:MSCT|CT)\b/],
  [
    'msct',
    /\b(?:msct|computed tomograph\w*|cat scan|ct (?=head|brain|neck|spine|c-?spine|cervical|skull))/i,
  ],
  ['xray', /\b(?:XR)\b/],
  ['xray', /\b(?:x-?rays?|radiograph\w*|plain films?|roentgen\w*)\b/i],
];
/**
 * The region named in words. The cervical spine only from the study's own name (its code's
 * words), never from the report's text ("cervical carcinoma" in a pelvic MRI): a study taken
 * to be of the cervical spine lifts manipulation's imaging requirement.
 */
const SPINE_WORDS = /\b(?:cervical spine|c-?spine|cervical vertebra\w*|neck spine)\b/i;
const REGION_WORDS: readonly [ImagingRegion, RegExp][] = [
  [
    'neck-vessels',
    /\b(?:carotid\w*|vertebral arter\w*|neck vessels?|brachiocephalic|supra-?aortic|extracranial)\b/i,
  ],
  ['head', /\b(?:head|brain|skull|cranial|intracranial|cerebr\w*)\b/i],
];

/** Studies the screen does not take as one of its modalities (a bone scan is not an X-ray). */
const OTHER_IMAGING =
  /\b(?:NM|PET|SPECT|DXA|DEXA)\b|\b(?:nuclear|bone scan|scintigra\w*|densitometr\w*|echocardiogra\w*)/i;

/** Parts of the body other than the head and neck. */
const OTHER_PART =
  /\b(?:abdomen|abdominal|chest|thorax|thoracic|pelvis|pelvic|lumbar|sacr\w*|legs?|arms?|renal|kidneys?|thyroid|breasts?|knees?|hips?|shoulders?|hands?|feet|foot|ankles?|wrists?|liver|venous|cardiac|heart)\b/i;

const inWords = <T>(list: readonly [T, RegExp][], text: string): T | undefined =>
  list.find(([, re]) => re.test(text))?.[0];

/** The report's text: its conclusion and every text attachment, one after the other. */
function reportText(
  r: DiagnosticReport,
  where: string,
  warn: (s: string) => void,
  resultText: (ref: string) => string | undefined,
): string | undefined {
  const parts: string[] = [];
  if (typeof r.conclusion === 'string' && r.conclusion.trim()) parts.push(r.conclusion);
  // Results given as Observations (an "Impression" with the text in its value).
  for (const res of Array.isArray(r.result) ? r.result : []) {
    const t = typeof res.reference === 'string' ? resultText(res.reference) : undefined;
    if (t?.trim()) parts.push(t);
  }
  let unread = '';
  for (const f of Array.isArray(r.presentedForm) ? r.presentedForm : []) {
    if (typeof f.data !== 'string') {
      // An attachment given by address only (a PDF in a Binary): its text is not here.
      if (f.url) {
        warn(`${where}.presentedForm: ${f.contentType ?? 'an attachment'} at ${f.url} not read`);
        unread = `${f.contentType ?? 'an attachment'} at ${f.url}`;
      }
      continue;
    }
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
    const plain = /html/i.test(f.contentType ?? '')
      ? htmlText(text)
      : /rtf/i.test(f.contentType ?? '') || text.startsWith('{\\rtf')
        ? rtfText(text)
        : text;
    if (plain.trim() && !parts.some((p) => p.trim() === plain.trim())) parts.push(plain);
  }
  // An attachment not read is said in the report (beside a one-line conclusion too), so the
  // assessment warns that the report was not machine-read (FS-8) when nothing else is read,
  // instead of taking the study as read and clean.
  if (unread) parts.push(`[Report attachment not read: ${unread}.]`);
  if (parts.length) return parts.join('\n\n');
  return typeof r.conclusion === 'string' ? r.conclusion : undefined;
}

/** The imaging study a DiagnosticReport gives; null (with a warning) when it is not imaging. */
export function readImagingReport(
  r: DiagnosticReport,
  where: string,
  warn: (s: string) => void,
  latest: string,
  resultText: (ref: string) => string | undefined = () => undefined,
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
  const sections = (Array.isArray(r.category) ? r.category : []).flatMap((c) =>
    (Array.isArray(c.coding) ? c.coding : [])
      .filter(
        (x) =>
          (x.system === SYS.diagnosticService && (x.code ?? '') in IMAGING_SECTIONS) ||
          (x.system === SYS.loinc && x.code === 'LP29684-5'),
      )
      .map((x) => (x.code === 'LP29684-5' ? 'RAD' : x.code!)),
  );
  const section = sections.length > 0;
  let modality: string | undefined =
    own && (IMAGING_MODALITIES as readonly string[]).includes(own) ? own : loinc?.[0];
  // A study of another part of the body (an abdominal ultrasound, a chest X-ray, a venous
  // duplex of a leg) is not one of this screen's studies.
  if (
    !own &&
    OTHER_PART.test(named) &&
    !/\b(?:head|brain|neck|cervical|carotid|vertebral|skull|c-?spine)\b/i.test(named)
  ) {
    warn(`${where}.code: ${codesOf(r.code)} not read (a study of another part of the body)`);
    return null;
  }
  if (!modality && OTHER_IMAGING.test(named)) {
    warn(`${where}.code: ${codesOf(r.code)} not read (not a modality this screen reads)`);
    return null;
  }
  modality ??= inWords(MODALITY_WORDS, named);
  if (!modality && !section) {
    warn(`${where}.code: ${codesOf(r.code)} not read (not an imaging report)`);
    return null;
  }
  let text = reportText(r, where, warn, resultText);
  // Another system's report with no text at all: held as not read, never as read and clean.
  if (text === undefined && !own) text = '[No report text in the record.]';
  const opening = (text ?? '').slice(0, 300);
  if (!modality) {
    modality =
      sections.map((c) => IMAGING_SECTIONS[c]).find((m) => m) ??
      inWords(MODALITY_WORDS, opening) ??
      'mri';
    warn(`${where}.code: no imaging modality coded; read as ${modality}`);
  }
  let region: string | undefined = extOf(r, EXT.region)?.valueCode ?? loinc?.[1];
  if (!region) {
    region = SPINE_WORDS.test(named)
      ? 'cervical-spine'
      : (inWords(REGION_WORDS, named) ?? inWords(REGION_WORDS, opening) ?? 'head');
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

/** LOINC document types of imaging reports (a radiology note as a DocumentReference). */
const IMAGING_DOCUMENTS = new Set(['18748-4', '18726-0', '18782-3']);

/**
 * A DocumentReference holding an imaging report, as a DiagnosticReport of the radiology
 * section (its type, date and text attachments); null when it is another kind of document.
 */
export function asReport(d: DocumentReference): DiagnosticReport | null {
  if (d.status === 'entered-in-error') return null;
  const loinc = codeIn(d.type, SYS.loinc);
  const words = [
    d.type?.text,
    ...(Array.isArray(d.type?.coding) ? d.type.coding : []).map((c) => c.display),
  ].join(' ');
  if (!IMAGING_DOCUMENTS.has(loinc ?? '') && !/\b(?:radiology|imaging)\b/i.test(words)) return null;
  // An order, a referral or a consent about imaging is not its report.
  if (/\b(?:order|request|referral|consent|requisition)\b/i.test(words)) return null;
  return {
    resourceType: 'DiagnosticReport',
    status: 'final',
    code: d.type ?? { text: 'Imaging report' },
    category: [{ coding: [{ system: SYS.diagnosticService, code: 'RAD' }] }],
    // The study's day (the clinical period), not the day the document was filed.
    ...((d.context?.period?.end ?? d.context?.period?.start ?? d.date)
      ? { effectiveDateTime: (d.context?.period?.end ?? d.context?.period?.start ?? d.date)! }
      : {}),
    presentedForm: (Array.isArray(d.content) ? d.content : []).map((c) => c.attachment),
  };
}
