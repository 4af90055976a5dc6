/** Small readers used by `bundleToCase`: codes, names, attachments, extensions. */
import type { CodeableConcept, Extension, HumanName } from 'fhir/r4';
import { isFindingId, type FindingId } from '../finding-ids';
import type { FindingValue } from '../model';
import { readReport } from '../reader/report-reader';
import { SYS } from './codes';
import { DENIED_INJURY, namesNeck, neckInjury, NOT_HAD } from './from-fhir-words';
import { findingOfCoding } from './codes-read';
import { isAnticoagulant } from '../rules/anticoagulant-names';

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
/**
 * Concept words a report reader does not hold as terms (it reads findings in reports, not
 * symptom names): plain names of findings, read as the finding present.
 */
const NAMES: readonly [FindingId, RegExp][] = [
  ['sudden-severe-headache', /\bthunderclap\b|\bworst headache\b/i],
  ['headache', /\b(?:headaches?|cephalalgia)\b/i],
  ['dizziness', /\b(?:dizz(?:y|iness)|vertigo|giddiness|light-?headed\w*)\b/i],
  ['diplopia', /\b(?:diplopia|double vision|see(?:ing)? double)\b/i],
  ['visual-disturbance', /\b(?:blurred|blurry|blurring of) vision\b|\bvisual disturbances?\b/i],
  ['visual-field-loss', /\b(?:hemianopi\w*|visual field (?:loss|defect|cut))\b/i],
  ['syncope', /\b(?:syncope|faint(?:ed|ing|s)|passed out|loss of consciousness|blackouts?)\b/i],
  [
    'reduced-consciousness',
    /\b(?:acute confusion|confus(?:ed|ion)(?! about| regarding| over| with)|drows(?:y|iness)|obtunded)\b/i,
  ],
  ['numbness', /\b(?:numbness|numb|paraesthesi\w*|paresthesi\w*|tingling)\b/i],
  [
    'limb-weakness',
    /\bweakness of (?:the )?(?:left |right )?(?:arm|leg|limb)s?\b|\b(?:hemiparesis|arm weakness|leg weakness|limb weakness)\b/i,
  ],
  [
    'stroke',
    /\b(?:(?<!\b(?:heat|sun) )stroke(?! volume| index| work)|cerebral infarct\w*|subarachnoid ha?emorrhage|intracerebral ha?emorrhage|cerebellar infarct\w*)\b/i,
  ],
  ['nystagmus', /\bnystagmus\b/i],
  [
    'orthostatic-reactions',
    /\b(?:(?:orthostatic|postural) hypotension|hypotension,? (?:orthostatic|postural)|(?:postural|orthostatic) (?:drop|fall) in (?:blood )?pressure)\b/i,
  ],
  ['ataxia', /\bataxi[ac]\b/i],
  ['dysarthria', /\b(?:dysarthria|slurred speech)\b/i],
  ['dysphagia', /\b(?:dysphagia|difficulty swallowing)\b/i],
  [
    'smoking',
    /(?<!\b(?:former|ex|previous(?:ly)?(?: a)?|past|quit)[\s-]*)\b(?:current (?:every ?day |some ?day |daily |heavy |light )?(?:tobacco )?smoker|smokes (?:tobacco )?(?:daily|cigarettes)|(?:daily|heavy) smoker)\b/i,
  ],
];
/**
 * A part opening with a denial (not words that doubt or fear): "Denies", "No", "Pt denies any",
 * "Negative for".
 */
const DENIAL_LEAD =
  /^\s*(?:(?:and|but)\s+)?(?:(?:the )?(?:patient|pt|he|she)\s+)?(?:no|nil|denies|denied|denying|negative for|without|never had|not had)\s+(?:any\s+)?/i;
/** The miosis of Horner's signs: a small pupil on one side, unequal pupils. */
const MIOSIS_WORDS =
  /\b(?:miosis|miotic|small(?:er)? (?:(?:r|l|rt|lt|right|left) )?pupil|anisocoria|unequal pupils|pupils? (?:are )?unequal)\b/i;
/** Symptom names a listed denial goes on over (and the words that join them). */
const LIST_WORDS =
  /\b(?:and|or|nor|any|other|new|recent|(?:facial|face|limb|arm|leg|hand)s? (?:numbness|weakness|tingling)|drop attacks?|nausea|vomiting|tinnitus|weakness|ptosis|miosis|anisocoria|horner\W?s(?: syndrome)?|aphasia|dysphasia|visual (?:disturbances?|loss|changes?)|speech (?:disturbances?|difficult(?:y|ies))|(?:swallowing|speech|speaking) (?:problems|difficult(?:y|ies))|loss of balance|unsteadiness|photophobia)\b/gi;
const NOT_LISTED = new Set<FindingId>(['stroke', 'smoking', 'orthostatic-reactions']);
const LISTED_NAMES = NAMES.filter(([f]) => !NOT_LISTED.has(f)).map(
  ([, re]) => new RegExp(re.source, 'gi'),
);
/** A part that holds nothing but symptom names ("dysarthria", "numbness or nausea."). */
function onlySymptoms(clause: string): boolean {
  let rest = clause.replace(LIST_WORDS, ' ');
  for (const re of LISTED_NAMES) rest = rest.replace(re, ' ');
  return !/\w/.test(rest);
}
/**
 * A problem that says the patient takes an anticoagulant ("Atrial fibrillation - anticoagulated
 * with apixaban", "Long term (current) use of anticoagulants", ICD-10 Z79.01's words, "on
 * warfarin"); a drug's name alone is not enough ("Warfarin allergy").
 */
const ANTICOAGULATED =
  /\b(?:anti-?coagulated|on (?:long[- ]term |lifelong )?anti-?coagula(?:nts?|tion)|(?:long[- ]term|current)\s+(?:\(current\)\s+)?use of anti-?coagulants?|anti-?coagula(?:nt|tion) (?:therapy|treatment))\b/i;
const anticoagulated = (clause: string): boolean => {
  if (ANTICOAGULATED.test(clause)) return true;
  const on = /\b(?:on|taking|takes|with)\s+([\p{L}-]+)/iu.exec(clause);
  return !!on && isAnticoagulant(on[1]!);
};
/** …unless said stopped, refused, unsuitable or past anywhere in the text. */
const NOT_ANTICOAGULATED =
  /\b(?:contra-?indicat\w*|stopped|discontinu\w*|ceased|declin\w*|refus\w*|unsuitable|not suitable|withheld|withdrawn|allerg\w*|intoleran\w*|reversal|reversed|no longer|previously|formerly|history of|h\/o|hx of|completed|finished)\b/i;
const INVERTED_ORTHOSTATIC = /\bhypotension,\s*(?:orthostatic|postural)\b/i;

/** The words of a measurement, not of a finding. */
const MEASURED = /\[[^\]]*\]|\b(?:mass index|body mass|lean mass|stroke volume|stroke index)\b/i;
/** Words about someone else: the whole text is not the patient's. */
const SOMEONE_ELSE =
  /\b(?:family|fh|fhx|mother|father|mom|dad|parents?|brother|sister|sibling|grand\w+|aunt|uncle|son|daughter|relatives?)\b/i;
/** Words that deny, doubt or only fear a finding: that part of the text affirms nothing. */
const NOT_AFFIRMED =
  /\b(?:no|not|non|denies|denied|negative|without|never|fear|worr(?:y|ied)|risk|rule[- ]out|ruled[- ]out|r\/o|excluded|suspected|possible|probable|query)(?=\W|$)|\?|[:\u2013\u2014-]\s*(?:none|nil|absent)\.?\s*$/i;
/**
 * Names of a stroke service, not a stroke: an alert stood down, a prevention review, a rule-out
 * ("Code stroke, stood down", "Stroke prevention - AF review", "Stroke rule-out").
 */
const STROKE_SERVICE = /\bstroke (?:prevention|risk|screen\w*|rule[- ]out|mimic)\b/gi;
/** An alert or pathway for a stroke stood down: no stroke ("Code stroke, stood down"). */
const STROKE_ALERT = /\b(?:code stroke|stroke (?:alert|call|code|team|pathway|protocol))\b/gi;
const STOOD_DOWN = /\b(?:stood down|stand down|cancell?ed|called off|not a stroke)\b/i;
/** Findings of the vertebral artery: named in words only with the artery named too. */
const VESSEL = new Set<FindingId>([
  'vertebral-artery-dissection',
  'vertebral-artery-narrowing',
  'vertebral-artery-atherosclerosis',
]);

/**
 * A concept's text and displays read as findings present ("Vertebral artery dissection with
 * cerebellar infarct", "Double vision"): the report reader's affirmed readings and plain
 * finding names. Nothing when the text denies, doubts or is about someone else ("Denies
 * diplopia", "FH: stroke", "Fear of stroke"), nor a vessel finding without the artery named.
 * Read as present only: words never make a finding absent.
 */
/** Findings of the spine itself: read from a concept's words only when they name the spine. */
const SPINE_ONLY: ReadonlySet<FindingId> = new Set<FindingId>([
  'fracture-or-ligament-instability',
  'spinal-tumour-or-cyst',
  'uncovertebral-arthrosis',
  'vertebral-instability',
]);
// Not "neck" alone (of the femur, of the humerus, of the skin) nor "cord" (vocal) or "cervical"
// alone (of the cervix).
/**
 * Words that put a finding elsewhere than the spine: another bone's neck or shaft, the skin,
 * glands and organs of the neck, the cervix ("neck of femur", "vocal cord cyst", "cervical
 * smear"). A spine finding is read from words unless they name such a place and no spine.
 */
const ELSEWHERE =
  /\b(?:femur|femoral|hip|humer\w*|radius|radial|ulna\w*|wrist|metacarp\w*|metatars\w*|scapul\w*|clavic\w*|rib|ribs|ankle|tibia\w*|fibula\w*|skin|sebaceous|epiderm\w*|naev\w*|nev\w*|lipoma|lymph\w*|thyro\w*|vocal|laryn\w*|pharyn\w*|branchial|parotid|cervix|uter\w*|smear|cytology|colon|sigmoid|rect\w*|bowel|gastr\w*|breast|lung|kidney|renal|liver|hepat\w*|pancrea\w*|bladder|prostat\w*|ovar\w*|pituitar\w*|brain)\b/i;
const SPINE_WORDS =
  /\b(?:spin\w*|vertebr\w*|c[1-7]|c-?spine|atlas|axis|atlanto\w*|odontoid|dens|discs?|spinal cord|cervical (?:spine|vertebra\w*|discs?|cord|myelopathy|radiculopathy|spondyl\w*|canal|fracture)|whiplash|uncovertebral|facet|hangman\W?s|jefferson|teardrop|clay[- ]shovel\w*)\b/i;
/** A cancer said to be past in its own phrase ("history of breast cancer", "… in remission"). */
const PAST_WORDS =
  /\b(?:(?:personal )?history of|h\/o|hx of|previous(?:ly treated)?|prior)\s+(?:[\w-]+\s+){0,3}?(?:cancer|carcinoma|malignan\w*|neoplasm|tumou?r|lymphoma|leuk\w*|melanoma|sarcoma|myeloma)|\b(?:cancer|carcinoma|malignan\w*|neoplasm|tumou?r|lymphoma|leuk\w*|melanoma|sarcoma|myeloma)\b[^,;.]{0,30}\b(?:in (?:complete )?remission|resolved|excised|cured)\b/i;
/** Words of a cancer still there, whatever its history ("now metastatic", "recurrence"). */
const ACTIVE_WORDS =
  /\b(?:metasta\w*|secondar(?:y|ies)|recurren\w*|relaps\w*|progressi\w*|currently (?:on|under|receiving|undergoing|being)|under treatment|being treated|treated with|awaiting|maintenance|palliative|(?:on|receiving|undergoing) (?:\w+ )?(?:chemo|radio|immuno|hormon)\w*)\b/i;

export function findingsOfText(cc: CodeableConcept | undefined): FindingId[] {
  const found = new Set<FindingId>();
  // A measurement (a LOINC lab or vital sign: "Hemoglobin [Mass/volume]", "Body mass index",
  // "Stroke volume") names no finding; its words are not read.
  // (A LOINC answer, "LA…", is words of an answer: "Current every day smoker".)
  if (list(cc?.coding).some((c) => c.system === SYS.loinc && !/^LA\d/.test(c.code ?? '')))
    return [];
  for (const t of [cc?.text, ...list(cc?.coding).map((c) => c.display)]) {
    if (typeof t !== 'string' || !t.trim() || SOMEONE_ELSE.test(t) || MEASURED.test(t)) continue;
    const here = new Set<FindingId>();
    // Clause by clause, a clause opening at a negation or a joining word: "Double vision, no
    // headache" is double vision; "stroke without haemorrhagic transformation" is a stroke;
    // "Patient denies diplopia", "stroke ruled out", "? stroke" affirm nothing.
    const words = (STOOD_DOWN.test(t) ? t.replace(STROKE_ALERT, ' ') : t)
      .replace(STROKE_SERVICE, ' ')
      .replace(NOT_HAD, ' ');
    const affirmed: string[] = [];
    // A denial goes on over a list of symptoms joined by commas, "and", "or" ("Denies
    // dizziness, diplopia, dysarthria, drop attacks, numbness or nausea", "No diplopia,
    // dysarthria or dysphagia"), up to a sentence's end, a semicolon or a part with other
    // words ("No diplopia, but dysarthria since this morning" affirms the dysarthria).
    let denying = false;
    // Ptosis and miosis in parts not denied: Horner's signs ("R ptosis and small R pupil").
    let ptosis = false;
    let miosis = false;
    const parts = words.split(/([,;])|(?=\b(?:without|with|and|but|while|no|not)\b)/i);
    for (let i = 0; i < parts.length; i += 2) {
      const clause = parts[i] ?? '';
      const before = i > 0 ? parts[i - 1] : undefined;
      if (!clause.trim()) {
        denying &&= before === ',';
        continue;
      }
      const listed =
        denying &&
        (before === ',' || (before === undefined && /^\s*and\b/i.test(clause))) &&
        !/\.\s+\S/.test(clause) &&
        onlySymptoms(clause);
      if (listed) continue;
      // The denial of the clause's last sentence ("no trauma. Denies dizziness").
      const last =
        clause
          .split(/\.(?=\s|$)/)
          .filter((x) => x.trim())
          .pop() ?? '';
      const lead = DENIAL_LEAD.exec(last);
      denying = !!lead && onlySymptoms(last.slice(lead[0].length));
      if (NOT_AFFIRMED.test(clause)) continue;
      affirmed.push(clause);
      if (/\bptosis\b/i.test(clause)) ptosis = true;
      if (MIOSIS_WORDS.test(clause)) miosis = true;
      if (ptosis && miosis) here.add('horner-signs');
      for (const m of readReport(clause)) if (m.status === 'affirmed') here.add(m.finding);
      for (const [f, re] of NAMES) if (re.test(clause)) here.add(f);
      if (anticoagulated(clause) && !NOT_ANTICOAGULATED.test(words)) here.add('anticoagulants');
      if (/\b(?:heat|sun) ?stroke\b/i.test(clause)) here.delete('stroke');
    }
    // Names whose words a comma parts ("Strain of muscle, fascia and tendon at neck level",
    // "Hypotension, orthostatic"): read over the whole text, a neck injury unless denied
    // ("Neck sprain without fracture" is a neck sprain; "(non-work related)" denies nothing).
    const injured = neckInjury(words);
    if (injured) here.add('neck-injury');
    // Not of a bone's or an organ's neck ("Bladder neck injury"), nor one denied or cleared.
    if (
      !injured &&
      (DENIED_INJURY.test(t) || (/\bneck\b/i.test(t) && !namesNeck(t) && !/whiplash/i.test(t)))
    )
      here.delete('neck-injury');
    if (INVERTED_ORTHOSTATIC.test(affirmed.join(','))) here.add('orthostatic-reactions');
    const artery = /\b(?:vertebral|vertebro\w*|va)\b/i.test(t);
    // A fracture of the radius, a polyp of the colon: the spine's findings only of the spine.
    const spine = SPINE_WORDS.test(t) || !ELSEWHERE.test(t);
    // "Personal history of malignant neoplasm of breast": a history of cancer (caution).
    if (ACTIVE_WORDS.test(t) && here.delete('malignancy-history')) here.add('malignancy');
    if (here.delete('malignancy'))
      here.add(PAST_WORDS.test(t) && !ACTIVE_WORDS.test(t) ? 'malignancy-history' : 'malignancy');
    // "Metastatic disease to the spine", "Secondary malignant neoplasm of bone" at C5.
    if (here.has('malignancy') && ACTIVE_WORDS.test(t) && SPINE_WORDS.test(t))
      here.add('spinal-tumour-or-cyst');
    for (const f of here)
      if ((artery || !VESSEL.has(f)) && (spine || !SPINE_ONLY.has(f))) found.add(f);
  }
  // A named headache kind is that kind, not also plain headache.
  if (found.has('sudden-severe-headache')) found.delete('headache');
  return [...found];
}
/**
 * The finding a value names: by its code, else by its words ("Level of consciousness":
 * "Drowsy", a code no table holds).
 */
export function namedBy(cc: CodeableConcept | undefined, of?: CodeableConcept) {
  const coded = conceptOf(cc);
  if (coded) return coded;
  // Not the words of a question or a reason ("Indications for study": "VA dissection").
  if (of && asksAbout(of)) return undefined;
  const f = findingOfText(cc);
  return f ? { finding: f, exact: false } : undefined;
}
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
/** The one finding a concept's words name, else undefined. */
export function findingOfText(cc: CodeableConcept | undefined): FindingId | undefined {
  const all = findingsOfText(cc);
  return all.length === 1 ? all[0] : undefined;
}
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

/** A concept about a relative ("Family history", LOINC 10157-6 history of family members). */
export const aboutSomeoneElse = (cc: CodeableConcept | undefined): boolean =>
  list(cc?.coding).some((c) => c.system === SYS.loinc && c.code === '10157-6') ||
  [cc?.text, ...list(cc?.coding).map((c) => c.display)].some(
    (t) => typeof t === 'string' && SOMEONE_ELSE.test(t),
  );
