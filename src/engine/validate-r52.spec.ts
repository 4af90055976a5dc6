/**
 * Round 52's bad-input files (/tmp/probe52/head.md, part B: 57 case files run through the command
 * line against 633b411), as validateCase sees them now (7874597 and after), first part: the
 * refused files, each with the error path and message it gives. Each file is
 * e2e/fixtures/case-clear.json (PROBE_BASE) changed as the round wrote it (helpers in
 * testing/bad-input-r52.ts). The accepted files, the byte-level ones (decodeCaseText) and the
 * duplicate keys (duplicateKeyOf) are validate-r52-b.spec.ts. B37 (an empty file) never reaches
 * validateCase: JSON.parse refuses it. What the round called a problem still open is an `xit`
 * with the behaviour it expected (none now: B15, 1e400 named as null, was mended in 55dd5db;
 * B20, B21, the nesting error naming "(root)", in the commit after; B4, "double-vision"
 * suggesting horner-signs, with the synonym table of finding-synonyms.ts: all are an `it`). Test data only, all synthetic.
 */
import {
  BASE,
  caseWith,
  deepArrays,
  errorsOf,
  finding,
  mri3d,
  nested50,
  omit,
  plusStudy,
  RATING,
  ses,
  sessions,
  SLIP,
  text,
} from './testing/bad-input-r52';
import { PROBE_BASE } from './testing/probes/probe-model';

/** [id, what the file holds, the case, the error path, its message]. */
const REFUSED: [string, string, unknown, string, string][] = [
  [
    'B1',
    'findings.diplopia: "yes"',
    finding('diplopia', 'yes'),
    'findings.diplopia',
    '"yes" is not true, false, null or an object with "present"',
  ],
  [
    'B2',
    'sessions[1].dizziness: "3"',
    sessions(ses('2026-11-12'), ses('2026-11-16', { dizziness: '3' })),
    'sessions[1].dizziness',
    `"3" ${RATING}`,
  ],
  [
    'B3',
    'findings.sudden_severe_headache',
    finding('sudden_severe_headache', true),
    'findings.sudden_severe_headache',
    'not a known finding id — did you mean sudden-severe-headache?',
  ],
  [
    'B5',
    'stroke onset "2026-02-30"',
    finding('stroke', { present: true, onset: '2026-02-30' }),
    'findings.stroke.onset',
    '"2026-02-30" is not a real date (YYYY-MM-DD)',
  ],
  [
    'B6',
    'assessedOn "2026-02-30"',
    caseWith({ assessedOn: '2026-02-30' }),
    'assessedOn',
    '"2026-02-30" is not a real date (YYYY-MM-DD)',
  ],
  [
    'B12',
    'a session after assessedOn',
    sessions(ses('2026-12-01')),
    'sessions[0].date',
    '2026-12-01 is after assessedOn 2026-11-20',
  ],
  [
    'B13',
    'painAfter -1',
    sessions(ses('2026-11-12', { painAfter: -1 })),
    'sessions[0].painAfter',
    `-1 ${RATING}`,
  ],
  [
    'B14',
    'dizziness 11',
    sessions(ses('2026-11-12'), ses('2026-11-16', { dizziness: 11 })),
    'sessions[1].dizziness',
    `11 ${RATING}`,
  ],
  [
    'B18',
    'a report of 1,000,000 characters',
    caseWith({ imaging: [{ ...PROBE_BASE.imaging![0], report: 'Normal. '.repeat(125000) }] }),
    'imaging[0].report',
    '"Normal. Normal. Normal. Normal. Norm... is not text of at most 100,000 characters',
  ],
  ['B22', 'no "id"', caseWith({}, ['id']), 'id', 'is required (a non-empty string)'],
  [
    'B23',
    'format "vas-case/2"',
    caseWith({ format: 'vas-case/2' }),
    'format',
    '"vas-case/2" is not a readable format (expected "vas-case/1")',
  ],
  [
    'B28',
    'a study without "modality"',
    plusStudy({ region: 'head', date: '2026-11-17', report: 'Acute infarct.' }),
    'imaging[1].modality',
    'is required (one of xray, mri, msct, doppler, cta, mra)',
  ],
  [
    'B29',
    '"newSymptom": ["diplopia"]',
    sessions(
      ses('2026-11-12'),
      omit(ses('2026-11-16', { newSymptom: ['diplopia'] }), 'newSymptoms'),
    ),
    'sessions[1].newSymptom',
    SLIP('newSymptom', 'newSymptoms'),
  ],
  [
    'B30',
    '"dizzyness": 4',
    sessions(ses('2026-11-12', { dizziness: 0 }), ses('2026-11-16', { dizzyness: 4 })),
    'sessions[1].dizzyness',
    SLIP('dizzyness', 'dizziness'),
  ],
  [
    'B31',
    'the intake under "Findings"',
    caseWith({ Findings: { ...PROBE_BASE.findings, diplopia: true } }, ['findings']),
    'Findings',
    SLIP('Findings', 'findings'),
  ],
  [
    'B32',
    'the report under "reprot"',
    mri3d({ reprot: 'Acute left PICA infarct.' }),
    'imaging[1].reprot',
    SLIP('reprot', 'report'),
  ],
  [
    'B33',
    '"medication": [warfarin]',
    caseWith({ medication: [{ name: 'warfarin 5 mg', form: 'tablet', start: '2026-01-01' }] }),
    'medication',
    SLIP('medication', 'medications'),
  ],
  [
    'B34',
    '{"presnt": true}',
    finding('diplopia', { presnt: true, onset: '2026-11-18' }),
    'findings.diplopia.present',
    'is required (true, false or null)',
  ],
  [
    'B35',
    'the key "diplopia "',
    caseWith({ findings: { ...omit(PROBE_BASE.findings, 'diplopia'), 'diplopia ': true } }),
    'findings["diplopia "]',
    'not a known finding id — did you mean diplopia?',
  ],
  [
    'B36',
    'findings.diplopia: 1',
    finding('diplopia', 1),
    'findings.diplopia',
    '1 is not true, false, null or an object with "present"',
  ],
  ['B38', 'an array holding the case', [BASE], '(root)', 'a case file must be a JSON object'],
  [
    'B39',
    'findings {"__proto__": true}',
    JSON.parse(text().replace('"headache": false,', '"headache": false,\n    "__proto__": true,')),
    'findings.__proto__',
    'not a known finding id — did you mean stroke?',
  ],
  [
    'B40',
    'medications[0].start "2026-13-01"',
    caseWith({ medications: [{ name: 'ibuprofen', form: 'tablet', start: '2026-13-01' }] }),
    'medications[0].start',
    '"2026-13-01" is not a real date (YYYY-MM-DD)',
  ],
  [
    'B42',
    '1,001 sessions',
    sessions(
      ...Array.from({ length: 1001 }, (_, i) =>
        ses('2026-11-1' + (i % 9), { course: 1 + (i % 90) }),
      ),
    ),
    'sessions',
    '1001 entries; the limit is 1,000 per case',
  ],
  [
    'B45',
    'an onset timestamp',
    finding('diplopia', { present: true, onset: '2026-11-18T09:30:00Z' }),
    'findings.diplopia.onset',
    '"2026-11-18T09:30:00Z" is not a real date (YYYY-MM-DD)',
  ],
  [
    'B51',
    'newSymptoms: "diplopia"',
    sessions(ses('2026-11-12'), ses('2026-11-16', { newSymptoms: 'diplopia' })),
    'sessions[1].newSymptoms',
    'must be an array of finding ids',
  ],
  [
    'B52',
    "a study's findings: a string",
    plusStudy({
      modality: 'cta',
      region: 'neck-vessels',
      date: '2026-11-17',
      report: 'see findings',
      findings: 'vertebral-artery-dissection',
    }),
    'imaging[1].findings',
    'must be an array of finding ids',
  ],
  [
    'B53',
    'modality "Cervical-Manipulation"',
    sessions(ses('2026-11-12', { modality: 'Cervical-Manipulation' })),
    'sessions[0].modality',
    '"Cervical-Manipulation" is not one of cervical-manipulation, collar-zone-massage, back-massage, therapeutic-exercise',
  ],
];

describe('round 52 bad input: refused, naming the field', () => {
  for (const [id, what, input, path, message] of REFUSED)
    it(`${id}: ${what} -> ${path}`, () => {
      expect(errorsOf(input)).toEqual([{ path, message }]);
    });
});

describe('round 52 bad input: refused, with the message the round called wrong', () => {
  const b4 = sessions(ses('2026-11-12'), ses('2026-11-16', { newSymptoms: ['double-vision'] }));
  // Plain edit distance suggested horner-signs; a small synonym table (finding-synonyms.ts)
  // now suggests the id meant. The file is still refused.
  it('B4: newSymptoms ["double-vision"] is refused, suggesting diplopia', () => {
    expect(errorsOf(b4)).toEqual([
      {
        path: 'sessions[1].newSymptoms[0]',
        message: '"double-vision": not a known finding id — did you mean diplopia?',
      },
    ]);
  });
  it('B4: "double-vision" suggests diplopia (mended: clinical synonyms for the suggestion)', () => {
    expect(errorsOf(b4)[0]?.message).toMatch(/did you mean diplopia\?/);
  });

  const b15 = sessions(ses('2026-11-12'), ses('2026-11-16', { headache: Infinity }));
  it('B15: headache 1e400 (Infinity after JSON.parse) is refused as not a rating', () => {
    const e = errorsOf(b15);
    expect(e.map((x) => x.path)).toEqual(['sessions[1].headache']);
    expect(e[0]?.message).toMatch(/ is not a rating from 0 to 10$/);
  });
  it('B15: 1e400 is named as Infinity, not as null (mended in 55dd5db)', () => {
    expect(errorsOf(b15)[0]?.message).toBe(`Infinity ${RATING}`);
  });

  const deep = (id: string, key: string, value: unknown): void => {
    it(`${id}: an extra field "${key}" nested too deep is refused, naming "${key}"`, () => {
      expect(errorsOf(caseWith({ [key]: value }))).toEqual([
        {
          path: key,
          message: 'nested more than 16 levels deep; a case file is never that deep',
        },
      ]);
    });
  };
  deep('B20', 'extra', nested50());
  deep('B21', 'junk', deepArrays(200_000));
});
