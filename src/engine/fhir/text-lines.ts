/**
 * A letter's lines made plain before it is read (split from text-prep.ts): check boxes
 * answered ("Screening: [ ] diplopia  [x] numbness"), a checklist denied by a line of its own
 * below it ("Diplopia\nDysarthria\nAll denied."), a sentence wrapped onto the next line joined
 * ("Had a neck\nmanipulation 2 days ago"). Plain TypeScript, no Angular.
 */
import { answerForms } from '../reader/reader-forms';
import { NAMES } from './finding-names';

/** A list of names only: each item a name of at most three words, no number or time in it. */
export function namesOnly(names: string, by: RegExp): boolean {
  return names
    .split(by)
    .every((x) => /^[\s\p{L}'-]*$/u.test(x) && x.trim().split(/\s+/).length <= 3);
}

const WRAPPED = /([a-z,])[ \t]*\r?\n[ \t]*(?=[a-z])/g;
/**
 * A line that cannot end there, ending in a word that needs the next ("a neck", "double", "the
 * worst"); not a line that may be whole ("No visual disturbance, no speech problems").
 */
/** A line ending in an answer or a denial's word ("…: no", "… not reported"): it is complete. */
const ANSWER_END = /\b(?:no|nil|none|neg|negative|denied|denies|absent|yes)\s*,?$/i;
const OPEN_END =
  /\b(?:a|an|the|of|with|to|by|for|in|on|at|from|her|his|their|my|and|or|neck|cervical|double|blurred|blurry|slurred|worst|sudden|severe|left|right|chiropractic|spinal|vertebral|drop|facial|new|had|has|was|were|is|not|performed|a few|difficulty|trouble|onset)\s*,?$/i;
/** A line that denies the list of lines above it ("All denied.", "None of the above."). */
const DENIES_ABOVE =
  /^\s*(?:[-\u2022*]\s*)?(?:(?:all|both)\s+)?(?:denied|negative(?: for all)?(?: of the above)?|nil|none(?: of the above| of these)?|not (?:present|reported)|absent|neg)\.?\s*$/i;
/** Words a name's line says more with (a time, an answer): not a name only. */
const SAID_OF_ITS_OWN =
  /\b(?:since|yesterday|today|ago|days?|weeks?|months?|morning|evening|night|(?:mon|tues|wednes|thurs|fri|satur|sun)day|started|began|onset|yes|present|positive|new|recent|episodes?|now|still|ongoing)\b/i;
/** A line of names only ("Diplopia", "- double vision", "diplopia, drop attacks,"). */
const NAME_LINE = /^\s*(?:[-\u2022*]\s*)?([\p{L}' ,/-]{2,120}?)[.,:;]?\s*$/u;

/**
 * A checklist whose answer is a line of its own below it ("Symptoms enquired about:\nDiplopia\n
 * Dysarthria\nAll denied."): the names above the denial are left out (up to a heading, a
 * blank line or a line that says more than names).
 */
function deniedAbove(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    if (!DENIES_ABOVE.test(lines[i]!)) continue;
    let j = i - 1;
    // (Bounded: a blank line or two between, a list of up to 40 lines.)
    while (j >= 0 && !lines[j]!.trim() && i - j <= 3) j--;
    const names: number[] = [];
    for (; j >= 0 && i - j <= 40; j--) {
      // (A heading above a denial is the denial's own: "PMH:\nNil" denies no symptom above it.)
      if (/:\s*$/.test(lines[j]!)) break;
      const m = NAME_LINE.exec(lines[j]!);
      if (!m || SAID_OF_ITS_OWN.test(m[1]!) || !namesOnly(m[1]!, /[,/]|\band\b|\bor\b/)) break;
      names.push(j);
      // (A heading's colon ends the list: "Symptoms enquired about:" stays.)
      if (j > 0 && /:\s*$/.test(lines[j - 1]!)) break;
    }
    if (names.length === 0) continue;
    for (const k of names) lines[k] = '';
    lines[i] = '';
  }
  return lines.join('\n');
}

const BLANK_RUN = /\n[ \t]*(?:\n[ \t]*){2,}/g;
/** A box ticked before its item ("[x] numbness"): the item said. */
const TICKED_BOX = /\[\s?[xX\u2713\u2714]\s?\]|[\u2612\u2611]/g;
/** An empty box before its item ("[ ] diplopia"): the item not ticked. */
const EMPTY_BOX = /(?:\[ ?\]|\u2610)[ \t]*(?=[a-z])/gi;
const UNTICKED_LINE = /^[ \t]*(?:\[ ?\]|\u2610)[^\n]*/gm;
const EMPTY_BOX_AFTER = /([a-z][\w' -]{0,40}?)[ \t]*(?:\[ ?\]|\u2610)(?=[ \t]*(?:[,;.\n]|$))/gi;
const QUESTION_NO = /^[^\n?.,;:\u2013-]{3,160}\?[ \t]*(?:no|n|nil|none)\.?[ \t]*$/gim;
/** A yes / no pair of boxes, "no" ticked, anywhere on a line ("diplopia Y [ ] N [x],"). */
const NO_TICKED =
  /[ \t]*:?[ \t]*\b(?:y|yes)[ \t]*(?:\[ ?\]|\u2610)[ \t]*(?:n|no)[ \t]*(?:\[\s?[xX\u2713\u2714]\s?\]|[\u2612\u2611])/gi;
const YES_TICKED =
  /[ \t]*\b(?:y|yes)[ \t]*(?:\[\s?[xX\u2713\u2714]\s?\]|[\u2612\u2611])[ \t]*(?:n|no)[ \t]*(?:\[ ?\]|\u2610)/gi;
/** A line whose ticked answer is "none" or "no" ("Diabetes: Type 1 [ ] Type 2 [ ] None [x]"). */
const NONE_TICKED =
  /^[^\n]*\b(?:none|no|nil|absent|negative|n)[ \t]*(?:\[\s?[xX\u2713\u2714]\s?\]|[\u2612\u2611])[ \t]*$/gim;
/** A form's question or label answered no, made so by its boxes ("… in the last 4 weeks: no"). */
const LINE_NO = /^[^\n:.,;!?\u2013-]{3,160}:[ \t]*(?:no|n|nil|none)\.?[ \t]*$/gim;
const TICK = /\[\s?[xX\u2713\u2714]\s?\]|[\u2612\u2611]/g;
const ticks = (line: string): number => line.match(TICK)?.length ?? 0;
const HAS_BOX = /\[\s?[xX\u2713\u2714 ]?\s?\]|[\u2610\u2611\u2612]/;

/** A letter's boxes, checklists denied below them and wrapped sentences made plain. */
export function linesMadePlain(t: string): string {
  // (Runs of blank lines read as one: what the text says is on its other lines; a run of
  // 50,000 line breaks made later patterns quadratic.)
  let out = t.replace(BLANK_RUN, '\n\n');
  // A form's answers made plain as in a report ("Screening: [ ] diplopia  [x] numbness").
  // (Only with a box in it: a letter's "…adjusted? No." stays a question and its answer.)
  if (HAS_BOX.test(out))
    out = answerForms(
      out
        .replace(NO_TICKED, ': no')
        .replace(YES_TICKED, ': yes')
        .replace(NONE_TICKED, (line: string) => (ticks(line) > 1 ? line : '')),
    )
      // ("Diplopia   Y [ ]  N [x]" is answered "Diplopia   :no": a name's answer.)
      .replace(/[ \t]*:?[ \t]*:(no|yes)\b/gi, ': $1')
      // A line whose box is not ticked says nothing ("[ ] Any new neurology e.g. …").
      .replace(UNTICKED_LINE, '')
      // An item with an empty box after it is not ticked ("Diplopia [ ]", "diplopia [ ],").
      .replace(EMPTY_BOX_AFTER, '$1: no')
      .replace(TICKED_BOX, ' ')
      .replace(EMPTY_BOX, 'no ')
      // A form's question answered no by its boxes, the whole line ("Neck manipulation in the
      // last 4 weeks? [ ] Yes [x] No").
      .replace(QUESTION_NO, '')
      .replace(LINE_NO, '');
  out = deniedAbove(out).replace(BLANK_RUN, '\n\n');
  // A sentence wrapped onto the next line goes on there ("Had neck\nmanipulation 2 days ago",
  // "Woke with double\nvision"): a line ending in a word or a comma, the next in a small letter.
  return out.replace(WRAPPED, (all: string, end: string, at: number, text: string) => {
    const line = text.slice(text.lastIndexOf('\n', at) + 1, at + 1);
    if (ANSWER_END.test(line)) return all;
    if (OPEN_END.test(line)) return `${end} `;
    // (Or when the words across the break make a finding's name: "keeps seeing\ndouble".)
    const next = text
      .slice(at + all.length, at + all.length + 40)
      .split(/\s+/, 3)
      .join(' ');
    const last = line.trim().split(/\s+/).slice(-2).join(' ');
    const joined = `${last} ${next}`;
    return NAMES.some(([, re]) => re.test(joined) && !re.test(last) && !re.test(next))
      ? `${end} `
      : all;
  });
}
