/**
 * A letter's citation of imaging ("The repeat CTA today shows progression of the right V3
 * dissection", "Duplex: no flow detected in the left VA", "reported as 'Right VA -
 * non-opacified from C6'"), read sentence by sentence with the report reader: its affirmed
 * vertebral-artery findings. The clause reading of findingsOfText skips any part with "no",
 * "not" or "non" and splits at a spaced dash, and so lost the absent-flow wordings a report
 * uses; the report reader tells an absent flow from a denial itself. Plain TypeScript, no
 * Angular.
 */
import type { FindingId } from '../finding-ids';
import { readReport, type Mention } from '../reader/report-reader';

/** Findings of the vertebral artery a cited report may give. */
const VESSEL: ReadonlySet<FindingId> = new Set<FindingId>([
  'vertebral-artery-dissection',
  'vertebral-artery-narrowing',
  'vertebral-artery-atherosclerosis',
]);
/** Words that cite an imaging study or its report. */
const CITED =
  /\b(?:cta|mra|mri|ct|ct angio\w*|angiogra\w*|duplex|doppler|ultrasound|uss|dsa|imaging|scan|reported|report|showed|shows|demonstrat\w*|revealed)\b/i;
/**
 * A sentence that only fears, asks or plans ("worried about", "whether", "if", "to exclude"),
 * or explains a finding away ("the apparent narrowing … felt to be a hypoplastic segment").
 */
const NOT_CITED =
  /\?|\b(?:fears?|afraid|worr(?:y|ied|ies)|concern(?:ed|s)?|anxious|whether|if|exclude|excluding|r\/o|rule out|query|requested|request|planned|awaiting|to look for|to assess for|apparent|felt to be|thought to be|artefact\w*|artifact\w*|hypoplas\w*|not an?)\b/i;
/** The vertebral artery named, by name or by a segment ("left V3", "V1-V2"). */
const ARTERY = /\b(?:vertebral|vertebro\w*|va|vas|[lr]va|v[0-4])\b/i;

/** Words that exclude what their part names ("CTA excluded a left V2 dissection"). */
const EXCLUDING = /\b(?:excluded|excludes|ruled out|rules out|nil|negative|absent|no evidence)\b/i;
/**
 * The finding's own part of the sentence (between commas, semicolons, dashes and brackets)
 * excludes it; not another part's words ("…; intracranial haemorrhage excluded").
 */
function excludedInPart(sentence: string, m: { start: number; end: number }): boolean {
  // (A part and a heading's list are short: 300 characters either side, so a long sentence
  // of many findings costs no more per finding.)
  const back = Math.max(0, m.start - 300);
  const before = sentence.slice(back, m.start);
  const from =
    back + Math.max(...[',', ';', '(', ' - ', ' \u2013 '].map((c) => before.lastIndexOf(c)));
  const rest = sentence.slice(m.end, m.end + 300);
  const ends = [',', ';', '(', ')', ' - ', ' \u2013 ', ' but ', ' although ', ' however ']
    .map((c) => rest.indexOf(c))
    .filter((k) => k >= 0);
  const to = ends.length ? m.end + Math.min(...ends) : m.end + rest.length;
  // (Or a heading before it that excludes its list: "Excluded on CTA: fracture, left VA
  // dissection", "CTA - excluded: …", "Nil: VA dissection on CTA, stenosis".)
  const heading = /\b(?:excluded|ruled out|nil|negative|absent|not seen)\b[^.;:\n]{0,40}:[^;:]*$/i;
  return EXCLUDING.test(sentence.slice(from + 1, to)) || heading.test(before);
}

export function citedVesselFindings(words: string): FindingId[] {
  if (!ARTERY.test(words) || !CITED.test(words)) return [];
  const found = new Set<FindingId>();
  for (const sentence of words.split(/(?<=[.!?]["'\u2019\u201d)]?)\s+|\n+/)) {
    if (!ARTERY.test(sentence) || !CITED.test(sentence) || NOT_CITED.test(sentence)) continue;
    for (const m of readReport(sentence))
      if (m.status === 'affirmed' && VESSEL.has(m.finding) && !excludedInPart(sentence, m))
        found.add(m.finding);
  }
  return [...found];
}

/**
 * Each part's sentence (`parts` as findingsOfText splits them: parts at even indices, their
 * separators between): the parts and separators from the last full stop or line break.
 */
export function sentencesOfParts(parts: readonly (string | undefined)[]): string[] {
  const out: string[] = [];
  let from = 0;
  const flush = (to: number) => {
    const text = parts.slice(from, to).join('');
    for (let k = from; k < to; k += 2) out[k] = text;
    from = to;
  };
  for (let i = 0; i < parts.length; i += 2) {
    const before = i > 0 ? parts[i - 1] : undefined;
    if (i > from && (before === '.' || before === '\n' || /[?!]\s*$/.test(parts[i - 2] ?? '')))
      flush(i);
  }
  flush(parts.length);
  return out;
}

/** The vessel findings of `got` that `sentence`, read whole, only denies. */
export function deniedInSentence(
  sentence: string,
  got: ReadonlySet<FindingId>,
  cache: Map<string, readonly Mention[]>,
): FindingId[] {
  if (![...got].some((f) => VESSEL.has(f))) return [];
  // (Once per sentence: every part of a long sentence asks of the same one.)
  let read = cache.get(sentence);
  if (!read) cache.set(sentence, (read = readReport(sentence)));
  return [...got].filter(
    (f) =>
      VESSEL.has(f) &&
      read.some((m) => m.finding === f && m.status === 'negated') &&
      !read.some((m) => m.finding === f && m.status !== 'negated'),
  );
}
