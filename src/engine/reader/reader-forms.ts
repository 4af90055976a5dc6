/**
 * A form's answers made plain before a report is read, each rewrite the same length as what
 * it replaces (offsets stay those of the text as given): a group of check boxes becomes the
 * label ticked ("Dissection: [ ] yes [x] no" reads "Dissection: no"; an empty box, "no"); a
 * cross before a name denies it ("✗ occlusion"); leader dots before an answer are a colon
 * ("VA dissection ... N"); a question answered on its line is a label ("Acute lesion on
 * DWI?  NO"); a form's title line names nothing ("ACUTE STROKE MRI PROTOCOL"). Plain
 * TypeScript, no Angular.
 */

const BOX = String.raw`(?:\[\s?[xX\u2713\u2714 ]?\s?\]|[\u2610\u2612\u2611])`;
const LABEL = String.raw`[A-Za-z>][\w%<>.-]*(?: [a-z][\w%<>.-]*)?`;
/** Two or more boxes, each with its label ("[ ] yes [x] no", "☐ Yes  ☒ No"). */
const GROUP = new RegExp(String.raw`${BOX}[ \t]*${LABEL}(?:[ \t]+${BOX}[ \t]*${LABEL})+`, 'g');
const ONE = new RegExp(String.raw`(${BOX})[ \t]*(${LABEL})`, 'g');
const TICKED = /^(?:\[\s?[xX\u2713\u2714]\s?\]|[\u2612\u2611])$/;
/** An empty box left alone after a label ("Right VA: [ ]"): not ticked, no. */
const LONE_BOX = /(?<=:[ \t]*)(?:\[ ?\]|\u2610)(?=[ \t]*(?:\n|$))/g;
const LEADER = /(?<=\w)[ \t]*\.{3,}[ \t]*(?=(?:y|n|yes|no)\b)/gi;
const CROSS_BEFORE = /[\u2717\u2718][ \t](?=[a-z])/gi;
const TICK_BEFORE = /[\u2713\u2714][ \t](?=[a-z])/gi;
const CROSS_ALONE = /(?<=:[ \t]*)[\u2717\u2718](?=[ \t]*(?:\n|$))/g;
const ANSWERED = /\?(?=[ \t]+(?:yes|no|y|n)[ \t]*(?:[.,;)]|\n|$))/gi;
const FORM_WORD = '(?:protocol|template|form|registry|checklist|worksheet|proforma|tick[- ]sheet)';
/** A short line without a sentence's marks: the form's word first or last, or in capitals. */
const TITLE_LINE = /^[^:?.\n]{1,60}$/gm;
const FORM_FIRST_OR_LAST = new RegExp(
  `^\\s*${FORM_WORD}\\b|\\b${FORM_WORD}\\s*(?:\\([^)]*\\))?\\s*$`,
  'i',
);
const FORM_IN_CAPITALS = new RegExp(`\\b${FORM_WORD.toUpperCase()}\\b`);
const isTitle = (line: string): boolean =>
  FORM_FIRST_OR_LAST.test(line) || (line === line.toUpperCase() && FORM_IN_CAPITALS.test(line));

const pad = (s: string, n: number): string =>
  s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length);

export function answerForms(text: string): string {
  if (
    !/[[\u2610-\u2612\u2713-\u2718]|\.{3}|\?[ \t]+[yn]|protocol|template|form|registry|checklist|worksheet|proforma|tick/i.test(
      text,
    )
  )
    return text;
  return text
    .replace(GROUP, (group) => {
      const ticked = [...group.matchAll(ONE)].filter((m) => TICKED.test(m[1]!)).map((m) => m[2]!);
      return pad(ticked.length ? ticked.join(' ') : 'no', group.length);
    })
    .replace(LONE_BOX, (box) => pad('no', box.length))
    .replace(LEADER, (dots) => pad(':', dots.length))
    .replace(CROSS_BEFORE, 'no')
    .replace(TICK_BEFORE, '  ')
    .replace(CROSS_ALONE, 'N')
    .replace(ANSWERED, ':')
    .replace(TITLE_LINE, (line) => (isTitle(line) ? ' '.repeat(line.length) : line));
}
