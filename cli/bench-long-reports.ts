/**
 * `npm run bench:long-reports`: the report reader on long, list-like reports (up to the
 * 100,000-character limit of one report): a pasted multi-study report must not freeze the
 * page. Prints milliseconds per report; the reader's per-term work must stay local (before
 * the 2026-11-26 fix a 20,000-character list of negated terms took about 60 s).
 */
import { performance } from 'node:perf_hooks';
import { findingsOfText } from '../src/engine/fhir/finding-text';
import { readReport } from '../src/engine/reader/report-reader';

const SHAPES: [string, string, string][] = [
  ['a list of negated terms', '', 'no stenosis, '],
  ['a request over a list', 'Indication: ', 'stenosis, '],
  ['negations after terms', '', 'stenosis is not seen, '],
  ['an "and" list', 'No ', 'stenosis and '],
  ['lines of values', 'Stenosis: ', 'left - no, right - 80 %, '],
  ['dissection repeated', '', 'dissection '],
  ['plain prose', '', 'the left vertebral artery shows '],
  ['a form of check boxes', '', 'Dissection: [ ] yes [x] no\n'],
];
/**
 * Long letters (a referral's reason, a finding's note: findingsOfText): each part of a long
 * sentence once asked the report reader about the whole sentence again (20,000 characters
 * of "CTA showed left VA dissection, " took 8.5 s before the fix).
 */
const LETTERS: [string, string][] = [
  ['letter: cited vessel clauses', 'CTA showed left VA dissection, '],
  ['letter: denied lists', 'No evidence of vertebral artery stenosis, occlusion or dissection. '],
  ['letter: lists of body parts', 'Manipulation of thoracic and cervical spines 2 days ago, '],
  // (Session 17: a letter of short lines with blank lines between took 17 s at 100,000
  // characters, one of line breaks only 107 s; a checklist denied line by line.)
  ['letter: blank lines', 'a\n\n\n'],
  ['letter: denied lines', 'Diplopia\nnil\n'],
  ['letter: check boxes', 'Diplopia Y [ ] N [x]\nDysarthria [ ]\n'],
];

console.log('report shape'.padEnd(28) + '20,000 chars'.padStart(14) + '100,000 chars'.padStart(15));
for (const [name, head, unit] of SHAPES) {
  const cells = [20_000, 100_000].map((n) => {
    const text = head + unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    const t0 = performance.now();
    readReport(text, { modality: 'cta', region: 'neck-vessels' });
    return `${(performance.now() - t0).toFixed(0)} ms`;
  });
  console.log(name.padEnd(28) + cells[0]!.padStart(14) + cells[1]!.padStart(15));
}
for (const [name, unit] of LETTERS) {
  const cells = [20_000, 100_000].map((n) => {
    const text = unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    const t0 = performance.now();
    findingsOfText({ text }, '2026-11-20');
    return `${(performance.now() - t0).toFixed(0)} ms`;
  });
  console.log(name.padEnd(28) + cells[0]!.padStart(14) + cells[1]!.padStart(15));
}
console.log('target: well under a second at 20,000 characters (a long real report is ~10,000)');
