import { validateCase } from '../../../engine';
import { baseCase } from '../../../engine/testing/fixtures';
import { parseCaseFiles } from '../../core/case-import';
import { fieldInWords, messageInWords, problemInWords, warningInWords } from './import-messages';

describe('import messages in clinical words', () => {
  it('says "Session 1, pain after: 14 is outside 0–10" and keeps the field path', () => {
    const out = parseCaseFiles([
      {
        name: 'bad.json',
        text: JSON.stringify({
          ...baseCase(),
          id: 'case-bad',
          patient: { name: 'Anna Test' },
          sessions: [{ date: '2026-01-02', modality: 'back-massage', painAfter: 14 }],
        }),
      },
    ]);
    const refused = out.refused[0]!;
    // The engine's message (the CLI's) is unchanged.
    expect(refused.message).toBe('sessions[0].painAfter: 14 is not a rating from 0 to 10');
    expect(refused.patient).toBe('Anna Test');
    expect(refused.problems!.map((p) => problemInWords(p))).toEqual([
      { text: 'Session 1, pain after: 14 is outside 0–10', path: 'sessions[0].painAfter' },
    ]);
  });

  it('names the case in a file of several, the finding, the date and the imaging study', () => {
    const out = parseCaseFiles([
      {
        name: 'two.json',
        text: JSON.stringify([
          { ...baseCase(), id: 'a' },
          {
            ...baseCase(),
            id: 'b',
            findings: { stroke: { present: true, onset: '2026-02-30' } },
            imaging: [{ modality: 'pet', region: 'head' }],
          },
        ]),
      },
    ]);
    const said = out.refused[0]!.problems!.map((p) => problemInWords(p));
    expect(said).toContain({
      text: 'Case 2 in the file, stroke, onset: "2026-02-30" is not a real date (YYYY-MM-DD)',
      path: '[1].findings.stroke.onset',
    });
    expect(said.map((s) => s.text)).toContain(
      'Case 2 in the file, imaging study 1, type of study: "pet" is not one of: X-ray, MRI, MSCT, Doppler, CTA, MRA',
    );
    expect(out.refused[0]!.patient).toBe('a, b');
  });

  it('puts fields and messages in words, and leaves what it does not know as the engine said it', () => {
    expect(fieldInWords('patient.birthDate')).toBe('Date of birth');
    expect(fieldInWords('medications[1].end')).toBe('Medication 2, end date');
    expect(fieldInWords('sessions[2].newSymptoms[0]')).toBe('Session 3, new symptom 1');
    expect(fieldInWords('referral.from')).toBe('Referred by');
    expect(fieldInWords('something.else')).toBe('something.else');
    expect(messageInWords('30 is not a number of hours from 0 to 720')).toBe(
      '30 is outside 0–720 hours',
    );
    expect(messageInWords('is required (a real date (YYYY-MM-DD))')).toBe(
      'missing (needs a real date (YYYY-MM-DD))',
    );
    expect(messageInWords('2026-05-01 is after assessedOn 2026-04-01')).toBe(
      '2026-05-01 is after the assessment date 2026-04-01',
    );
    expect(messageInWords('"x" is not one of cervical-manipulation, back-massage')).toBe(
      '"x" is not one of: cervical manipulation / mobilisation, back massage',
    );
    expect(messageInWords('must be an array')).toBe('must be an array');
  });

  it('translates every error the engine gives for a rating, an hour count and a yes/no', () => {
    const v = validateCase({
      ...baseCase(),
      sessions: [
        {
          date: '2026-01-02',
          modality: 'back-massage',
          dizziness: -1,
          painHours: 1e9,
          swelling: 'yes',
        },
      ],
    });
    expect(v.ok).toBeFalse();
    const texts = v.ok ? [] : v.errors.map((e) => problemInWords(e).text);
    expect(texts).toEqual([
      'Session 1, dizziness: -1 is outside 0–10',
      jasmine.stringMatching(
        /^Session 1, hours of pain after: 1000000000 is outside 0–[\d,]+ hours$/,
      ),
      'Session 1, swelling: "yes" is not yes or no',
    ]);
  });

  it('reads warnings the same way', () => {
    expect(warningInWords('[0].patient.name: control or bidi characters removed')).toEqual({
      text: 'Case 1 in the file, patient name: control or bidi characters removed',
      path: '[0].patient.name',
    });
    expect(warningInWords('assessedOn: missing; assessed as of today').text).toBe(
      'Assessment date: missing; assessed as of today',
    );
    // Round 52 B46: a file with no format is read as vas-case/1, with a warning naming it.
    expect(
      warningInWords('format: missing; read as "vas-case/1" (add "format": "vas-case/1")'),
    ).toEqual({
      text: 'File format: missing; read as "vas-case/1" (add "format": "vas-case/1")',
      path: 'format',
    });
    expect(warningInWords('Something odd happened')).toEqual({
      text: 'Something odd happened',
      path: '',
    });
  });
});
