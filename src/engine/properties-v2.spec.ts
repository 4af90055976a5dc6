/** Properties of brief v2: FS-7 (text only warns) and FS-4 (negative test = not done). */
import fc from 'fast-check';
import { assess } from './assess';
import { MODALITIES, type Assessment, type CaseFile } from './model';
import { REPORT_CORPUS } from './reader/report-corpus';
import { caseFile } from './testing/arbitraries';
import { firstDifference, must, sameData } from './testing/prop-check';
import { severities } from './testing/severity';

const NAMES = ['vas', 'urgency', ...MODALITIES];

/** Report text a reviewer might write: corpus sentences, free strings, or both. */
const text = fc.oneof(
  fc.constantFrom(...REPORT_CORPUS.map((e) => e.text)),
  fc.string({ maxLength: 60 }),
  fc
    .array(fc.constantFrom(...REPORT_CORPUS.map((e) => e.text)), { minLength: 1, maxLength: 3 })
    .map((xs) => xs.join(' ')),
);

function withReport(c: CaseFile, index: number, report: string, append: boolean): CaseFile {
  const imaging = (c.imaging ?? []).map((s, i) =>
    i === index ? { ...s, report: append && s.report ? `${s.report}\n${report}` : report } : s,
  );
  return { ...c, imaging };
}

function notLower(before: Assessment, after: Assessment, what: string): void {
  const a = severities(before);
  const b = severities(after);
  a.forEach((x, i) => {
    if (b[i]! < x) throw new Error(`${what} lowered ${NAMES[i]}: ${x} → ${b[i]}`);
  });
}

describe('engine properties (brief v2)', () => {
  it('FS-7: report text, added or appended, never lowers any verdict, the urgency or the level', () => {
    fc.assert(
      fc.property(caseFile, fc.nat(), text, fc.boolean(), (c, n, report, append) => {
        const imaging = c.imaging ?? [];
        if (imaging.length === 0) return;
        const i = n % imaging.length;
        const blank = withReport(c, i, '', false);
        const base = append ? c : blank;
        const changed = withReport(base, i, report, append);
        notLower(assess(base), assess(changed), `text ${JSON.stringify(report)}`);
        // And against no text at all: text only ever adds caution.
        notLower(assess(blank), assess(changed), `text ${JSON.stringify(report)} vs none`);
      }),
      { numRuns: 400 },
    );
  });

  it('FS-7: no modality is cleared by a negated reading alone', () => {
    fc.assert(
      fc.property(caseFile, (c) => {
        const a = assess(c);
        for (const m of MODALITIES) {
          if (a.modalities[m].verdict !== 'clear') continue;
          // Removing all report text never makes a clear modality anything but clear or worse:
          // i.e. its clearance never rested on text.
          const bare = assess({
            ...c,
            imaging: (c.imaging ?? []).map((s) => ({ ...s, report: '' })),
          });
          // (A boolean, not a Jasmine expect: fast-check then shrinks and prints the case.)
          if (bare.modalities[m].verdict !== 'clear') return false;
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('FS-4: a negative rotation test gives exactly the outputs of an unknown one', () => {
    fc.assert(
      fc.property(caseFile, (c) => {
        const negative: CaseFile = {
          ...c,
          findings: { ...c.findings, 'dizziness-on-head-rotation': false },
        };
        const unknown: CaseFile = { ...c, findings: { ...c.findings } };
        delete unknown.findings['dizziness-on-head-rotation'];
        const a = assess(negative);
        const b = assess(unknown);
        must(sameData(a, b), () => `negative vs unknown differ at ${firstDifference(a, b)}`);
      }),
      { numRuns: 300 },
    );
  });

  it('FS-4: an unknown rotation test never holds a modality nor is listed as missing', () => {
    fc.assert(
      fc.property(caseFile, (c) => {
        const unknown: CaseFile = { ...c, findings: { ...c.findings } };
        delete unknown.findings['dizziness-on-head-rotation'];
        const a = assess(unknown);
        const lists = [
          ...MODALITIES.map((m) => [m, a.modalities[m].missing] as const),
          ['vas', a.vas.missing] as const,
          ['urgency', a.urgency.missing ?? []] as const,
        ];
        for (const [name, missing] of lists) {
          must(
            !missing.includes('dizziness-on-head-rotation'),
            () => `${name} lists it as missing`,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('FS-9: every verdict that is not clear has a reason with a rule id and source', () => {
    fc.assert(
      fc.property(caseFile, (c) => {
        const a = assess(c);
        for (const m of MODALITIES) {
          const v = a.modalities[m];
          if (v.verdict === 'clear') continue;
          must(v.reasons.length > 0, () => `${m} ${v.verdict} has no reason`);
          for (const r of v.reasons) {
            must(/^[A-Z]/.test(r.rule), () => `${m}: rule id ${JSON.stringify(r.rule)}`);
            must(['ART', 'IF', 'FR', 'FS'].includes(r.source), () => `${m}: source ${r.source}`);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
