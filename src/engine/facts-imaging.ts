/**
 * What the imaging studies say of findings, for `buildFacts`: the clinician's decisions on
 * each study (confirmed present, confirmed absent, rejected) and its report's machine
 * readings (memoised by text), and the readings that raise urgency by themselves (§9).
 */
import { daysBetween } from './dates';
import type { AcuteImaging, Collector } from './facts';
import type { FindingId } from './finding-ids';
import { findingLabel } from './finding-ids';
import type { CaseFile, Conflict, ImagingStudy } from './model';
import { isMachineRead, readReport, type Mention } from './reader/report-reader';

/** The provocation test of the contract (FS-4): negative counts as not done. */
export const PROVOCATION_TEST: FindingId = 'dizziness-on-head-rotation';

/** Findings whose onset a report can give: an acute reading in a report of the last 180 days. */
const DATED_BY_REPORT: ReadonlySet<FindingId> = new Set<FindingId>([
  'stroke',
  'tia',
  'vertebral-artery-dissection',
]);
export const REPORT_ONSET_DAYS = 180;

export interface Cached {
  mentions: Mention[];
  read: boolean;
  modality: ImagingStudy['modality'];
  region: ImagingStudy['region'];
}
/**
 * Memo of report readings keyed by the text itself (no long key string built per lookup):
 * the UI re-assesses on every keystroke with the same reports.
 */
const readingCache = new Map<string, Cached[]>();
const CACHE_LIMIT = 20_000;
/** Something other than white space (what trim() removes): no trimmed copy of each report. */
const NON_BLANK = /\S/;
/** A blank or absent report: nothing to read (whether the study says anything is `studyRead`). */
const EMPTY = Object.freeze({ mentions: [], read: true }) as unknown as Cached;
export function readCached(study: ImagingStudy): Cached {
  const text = study.report ?? '';
  if (text.length === 0 || !NON_BLANK.test(text)) return EMPTY;
  let list = readingCache.get(text);
  if (list) {
    for (const c of list) if (c.modality === study.modality && c.region === study.region) return c;
  } else {
    if (readingCache.size >= CACHE_LIMIT) readingCache.clear();
    readingCache.set(text, (list = []));
  }
  const mentions = readReport(text, { modality: study.modality, region: study.region });
  const hit: Cached = {
    mentions,
    read: isMachineRead(text, mentions),
    modality: study.modality,
    region: study.region,
  };
  list.push(hit);
  return hit;
}

/**
 * FS-8 per study: false when its report text was not machine-read, or when the study gives
 * nothing at all (round 52 B49, B50): no report text, nothing confirmed present and nothing
 * confirmed absent. Kept out of the memo above, which is keyed by the text alone.
 */
export function studyRead(study: ImagingStudy, cached: Cached): boolean {
  if (cached !== EMPTY) return cached.read;
  return (study.findings?.length ?? 0) > 0 || (study.absentFindings?.length ?? 0) > 0;
}

/** No report text: absent, empty or white space only (the study may still hold findings). */
export const hasNoReportText = (study: ImagingStudy): boolean =>
  !NON_BLANK.test(study.report ?? '');

/** Words of a new injury in a fracture's sentence, and of an old one. */
const INJURY_NEW =
  /\b(?:acute|fresh|recent|new|traumatic|post-?traumatic|injury|trauma|oedema|edema)\b/i;
const INJURY_OLD =
  /\b(?:old|healed|healing|chronic|remote|united|ununited|previous|prior|longstanding)\b/i;
/** The sentence of a mention tells of a new injury (not of an old, healed one). */
function acuteInjury(report: string, m: Mention): boolean {
  const from = Math.max(
    report.lastIndexOf('.', m.start - 1),
    report.lastIndexOf('\n', m.start - 1),
    report.lastIndexOf(';', m.start - 1),
  );
  const ends = ['.', '\n', ';'].map((c) => report.indexOf(c, m.end)).filter((k) => k >= 0);
  const sentence = report.slice(from + 1, ends.length ? Math.min(...ends) : report.length);
  return INJURY_NEW.test(sentence) && !INJURY_OLD.test(sentence);
}

const NONE: ReadonlySet<FindingId> = new Set<FindingId>();

const studyName = (s: ImagingStudy, i: number): string =>
  `imaging[${i}] (${s.modality}${s.date ? `, ${s.date}` : ''})`;

export function imagingEvidence(
  c: CaseFile,
  read: Cached[],
  col: Collector,
  conflicts: Conflict[],
  acute: AcuteImaging[],
): void {
  (c.imaging ?? []).forEach((study, i) => {
    const name = studyName(study, i);
    const rejected: ReadonlySet<FindingId> = study.rejectedFindings?.length
      ? new Set(study.rejectedFindings)
      : NONE;
    const absent: ReadonlySet<FindingId> = study.absentFindings?.length
      ? new Set(study.absentFindings)
      : NONE;
    for (const id of study.findings ?? []) {
      col.ev(id).present.push({ source: `${name}, confirmed` });
      // A dissection the clinician confirmed on the study is at least a reading of it (§9).
      if (id === 'vertebral-artery-dissection' && !rejected.has(id))
        acute.push({ study: i, date: study.date, what: 'dissection' });
    }
    for (const id of absent) {
      if (id !== PROVOCATION_TEST) col.ev(id).absent.push(`${name}, confirmed absent`);
    }
    const recent =
      study.date === undefined || (daysBetween(study.date, c.assessedOn) ?? 0) <= REPORT_ONSET_DAYS;
    const seen = new Set<FindingId>(); // small; only filled when a reading was rejected
    for (const m of read[i]!.mentions) {
      if (rejected.has(m.finding)) {
        if (!seen.has(m.finding)) {
          seen.add(m.finding);
          conflicts.push({
            finding: m.finding,
            rule: 'FS-7',
            source: 'FS',
            text: `${findingLabel(m.finding)}: the machine reading of ${name} ("${m.text}") was rejected by a clinician as misread.`,
          });
        }
        continue;
      }
      if (m.status === 'negated') continue; // a suggestion only (FS-7)
      // A malignancy read in a study of the cervical spine is in the spine: a spinal tumour
      // too (back massage, ART).
      if (m.finding === 'malignancy' && study.region === 'cervical-spine') {
        const ev = col.ev('spinal-tumour-or-cyst');
        if (m.status === 'uncertain') ev.uncertain.push(`${name} report (malignancy)`);
        else ev.present.push({ source: `${name} report (malignancy)`, text: true });
      }
      // An acute fracture or ligament injury read in a study of the cervical spine is a neck
      // injury too (ART: no massage): "… in keeping with acute ligamentous injury".
      if (
        m.finding === 'fracture-or-ligament-instability' &&
        m.status === 'affirmed' &&
        study.region === 'cervical-spine' &&
        typeof study.report === 'string' &&
        acuteInjury(study.report, m)
      )
        col.ev('neck-injury').present.push({ source: `${name} report (injury)`, text: true });
      if (m.status === 'uncertain') {
        // The clinician's "confirmed absent" on this study answers its own uncertain reading.
        if (!absent.has(m.finding)) col.ev(m.finding).uncertain.push(`${name} report`);
      } else {
        const onset =
          DATED_BY_REPORT.has(m.finding) && m.acute && recent && study.date
            ? study.date
            : undefined;
        col
          .ev(m.finding)
          .present.push({ source: `${name} report`, text: true, ...(onset ? { onset } : {}) });
      }
      // A question asked of the study ("rule out dissection") is not a reading of it: the
      // finding stays unknown (above) but raises no acute-imaging urgency; nor does an older
      // one ("DISSECTION: None. Prior: left V3 (2019).").
      if (m.request || m.older) continue;
      if (m.finding === 'stroke' && m.acute)
        acute.push({ study: i, date: study.date, what: 'acute-stroke' });
      if (m.finding === 'vertebral-artery-narrowing' && m.occlusion)
        acute.push({ study: i, date: study.date, what: 'occlusion' });
      if (m.finding === 'vertebral-artery-dissection')
        acute.push({ study: i, date: study.date, what: 'dissection' });
    }
  });
}
