import { formatErrors, validateCase } from './validate';
import { baseCase } from './testing/fixtures';
import { LIMITS, decodeCaseText, nearestFindingId } from './case-limits';
import type { FindingId } from './finding-ids';

const errorsOf = (input: unknown): string => {
  const v = validateCase(input);
  return v.ok ? '' : formatErrors(v.errors);
};

describe('validateCase', () => {
  it('accepts the base case and keeps unknown extra fields', () => {
    const v = validateCase({ ...baseCase(), clinic: 'north', findings: { headache: true } });
    expect(v.ok).toBeTrue();
    if (v.ok) expect(v.value['clinic']).toBe('north');
  });

  it('refuses a non-object', () => {
    expect(errorsOf([])).toContain('(root)');
    expect(errorsOf('x')).toContain('(root)');
  });

  it('names the field of a wrong type', () => {
    expect(errorsOf({ ...baseCase(), findings: { headache: 'yes' } })).toContain(
      'findings.headache',
    );
  });

  it('refuses an unknown enum value', () => {
    expect(errorsOf({ ...baseCase(), imaging: [{ modality: 'pet', region: 'head' }] })).toContain(
      'imaging[0].modality',
    );
    expect(
      errorsOf({ ...baseCase(), sessions: [{ date: '2026-11-01', modality: 'yoga' }] }),
    ).toContain('sessions[0].modality');
    expect(errorsOf({ ...baseCase(), referral: { status: 'closed' } })).toContain(
      'referral.status',
    );
  });

  it('refuses impossible dates', () => {
    expect(errorsOf({ ...baseCase(), assessedOn: '2026-02-30' })).toContain('assessedOn');
    expect(
      errorsOf({ ...baseCase(), findings: { stroke: { present: true, onset: '2026-13-01' } } }),
    ).toContain('findings.stroke.onset');
  });

  it('refuses a rating outside 0-10', () => {
    expect(
      errorsOf({
        ...baseCase(),
        sessions: [{ date: '2026-11-01', modality: 'back-massage', painAfter: 11 }],
      }),
    ).toContain('sessions[0].painAfter');
  });

  it('refuses unknown finding ids in imaging findings and new symptoms', () => {
    expect(
      errorsOf({
        ...baseCase(),
        imaging: [{ modality: 'xray', region: 'cervical-spine', findings: ['bone-spur'] }],
      }),
    ).toContain('imaging[0].findings[0]');
  });

  it('refuses another format version', () => {
    expect(errorsOf({ ...baseCase(), format: 'vas-case/2' })).toContain('format');
  });

  it('requires an id', () => {
    const { id: _id, ...rest } = baseCase();
    expect(errorsOf(rest)).toContain('id: is required');
  });

  it('refuses an unknown finding key, naming the key and the nearest id', () => {
    expect(errorsOf({ ...baseCase(), findings: { sudden_severe_headache: true } })).toBe(
      'findings.sudden_severe_headache: not a known finding id — did you mean sudden-severe-headache?',
    );
    expect(errorsOf({ ...baseCase(), findings: { Stroke: true } })).toContain(
      'findings.Stroke: not a known finding id — did you mean stroke?',
    );
    expect(errorsOf({ ...baseCase(), findings: { 'dysarthria ': true } })).toContain(
      'findings["dysarthria "]: not a known finding id — did you mean dysarthria?',
    );
    expect(errorsOf({ ...baseCase(), findings: { dizzines: true } })).toContain(
      'did you mean dizziness?',
    );
  });

  it('refuses unknown ids in every finding-id list, v2 absentFindings included', () => {
    const study = { modality: 'mri', region: 'head' };
    for (const key of ['findings', 'absentFindings', 'rejectedFindings']) {
      expect(errorsOf({ ...baseCase(), imaging: [{ ...study, [key]: ['Stroke'] }] })).toContain(
        `imaging[0].${key}[0]: "Stroke": not a known finding id — did you mean stroke?`,
      );
    }
    expect(
      errorsOf({
        ...baseCase(),
        sessions: [{ date: '2026-11-01', modality: 'back-massage', newSymptoms: ['nausia'] }],
      }),
    ).toContain(
      'sessions[0].newSymptoms[0]: "nausia": not a known finding id — did you mean nausea?',
    );
  });

  it('flags a missing assessedOn for the engine and assesses as of today', () => {
    const { assessedOn: _a, ...rest } = baseCase();
    const v = validateCase(rest);
    expect(v.ok && v.assessedOnMissing).toBeTrue();
    const w = validateCase(baseCase());
    expect(w.ok && w.assessedOnMissing).toBeFalsy();
  });

  it('refuses a birth date in the future or after assessedOn', () => {
    expect(errorsOf({ ...baseCase(), patient: { birthDate: '2090-01-01' } })).toContain(
      'patient.birthDate: 2090-01-01 is after today',
    );
    expect(
      errorsOf({ ...baseCase(), assessedOn: '2020-01-01', patient: { birthDate: '2021-01-01' } }),
    ).toContain('patient.birthDate: 2021-01-01 is after assessedOn 2020-01-01');
  });

  it('refuses a session after assessedOn', () => {
    expect(
      errorsOf({ ...baseCase(), sessions: [{ date: '2026-11-21', modality: 'back-massage' }] }),
    ).toBe('sessions[0].date: 2026-11-21 is after assessedOn 2026-11-20');
  });

  it('refuses course numbers and hours outside sane bounds', () => {
    const s = { date: '2026-11-01', modality: 'back-massage' };
    expect(errorsOf({ ...baseCase(), sessions: [{ ...s, course: 1e21 }] })).toContain(
      'sessions[0].course: 1e+21 is not a whole number from 1 to 99',
    );
    expect(errorsOf({ ...baseCase(), sessions: [{ ...s, painHours: 1e6 }] })).toContain(
      'sessions[0].painHours',
    );
    expect(
      validateCase({ ...baseCase(), sessions: [{ ...s, course: 99, painHours: 720 }] }).ok,
    ).toBeTrue();
  });

  it('refuses files over the size limits, naming the field', () => {
    const study = { modality: 'mri', region: 'head', report: 'x'.repeat(LIMITS.reportChars + 1) };
    expect(errorsOf({ ...baseCase(), imaging: [study] })).toContain('imaging[0].report');
    const sessions = Array.from({ length: LIMITS.sessions + 1 }, () => ({
      date: '2026-11-01',
      modality: 'back-massage',
    }));
    expect(errorsOf({ ...baseCase(), sessions })).toContain(
      'sessions: 1001 entries; the limit is 1,000 per case',
    );
  });

  it('refuses a 10,000-deep extra field without overflowing the stack', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 10_000; i++) deep = { d: deep };
    expect(errorsOf({ ...baseCase(), extra: deep })).toContain('extra: nested more than 16');
  });

  it('refuses reserved and unsafe ids with a clear message', () => {
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(errorsOf(JSON.parse(`{"format":"vas-case/1","id":"${id}","findings":{}}`))).toContain(
        `id: "${id}" is a reserved name`,
      );
    }
    expect(errorsOf({ ...baseCase(), id: 'a\u202eb' })).toContain('control or bidi');
    expect(errorsOf({ ...baseCase(), findings: JSON.parse('{"__proto__": true}') })).toContain(
      'findings.__proto__: not a known finding id',
    );
  });

  it('strips control and bidi characters from names, with a warning', () => {
    const v = validateCase({ ...baseCase(), patient: { name: '\u202eZoë\u0007 Müller' } });
    expect(v.ok).toBeTrue();
    if (v.ok) {
      expect(v.value.patient?.name).toBe('Zoë Müller');
      expect(v.warnings).toContain('patient.name: control or bidi characters removed');
    }
  });

  it('accepts the optional medication analgesic flag and refuses a non-boolean', () => {
    const m = { name: 'ibuprofen', analgesic: true };
    expect(validateCase({ ...baseCase(), medications: [m] }).ok).toBeTrue();
    expect(errorsOf({ ...baseCase(), medications: [{ ...m, analgesic: 'yes' }] })).toContain(
      'medications[0].analgesic',
    );
  });

  it('refuses medication that ends before it starts', () => {
    expect(
      errorsOf({
        ...baseCase(),
        medications: [{ name: 'ibuprofen', start: '2026-11-05', end: '2026-11-01' }],
      }),
    ).toContain('medications[0].end');
  });
});

describe('decodeCaseText (strict UTF-8)', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  it('decodes UTF-8 and drops a BOM', () => {
    const utf8 = new TextEncoder().encode('{"n":"Zoë"}');
    expect(decodeCaseText(utf8)).toEqual({ ok: true, text: '{"n":"Zoë"}' });
    expect(decodeCaseText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      ok: true,
      text: '{"n":"Zoë"}',
    });
  });
  it('refuses Latin-1 naming the byte, and UTF-16', () => {
    const r = decodeCaseText(bytes(0x7b, 0x22, 0x5a, 0x6f, 0xeb, 0x22, 0x7d));
    expect(r).toEqual({
      ok: false,
      message: 'not UTF-8 (invalid byte 0xeb at offset 4); save it as UTF-8',
    });
    expect(decodeCaseText(bytes(0xff, 0xfe, 0x7b, 0x00))).toEqual({
      ok: false,
      message: 'not UTF-8 (the file is UTF-16); save it as UTF-8',
    });
  });
});

describe('nearestFindingId', () => {
  it('normalises case, spaces and underscores, then uses edit distance', () => {
    expect(nearestFindingId('Sudden Severe_HEADACHE')).toBe('sudden-severe-headache');
    expect(nearestFindingId('gait_instabilty')).toBe('gait-instability');
  });
  it('suggests the id of a plain clinical word (round 52 B4), the file still refused', () => {
    const words: [string, FindingId][] = [
      ['double-vision', 'diplopia'],
      ['Double vision', 'diplopia'],
      ['vertigo', 'dizziness'],
      ['slurred_speech', 'dysarthria'],
      ['blurred vision', 'visual-disturbance'],
      ['fainting', 'syncope'],
      ['Faint', 'syncope'],
    ];
    for (const [word, id] of words) {
      expect(nearestFindingId(word)).toBe(id);
      const r = validateCase({ ...baseCase(), findings: { [word]: true } });
      expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
        `not a known finding id — did you mean ${id}?`,
      ]);
    }
    // Not a synonym: plain edit distance as before; an id is never turned into another.
    expect(nearestFindingId('nausia')).toBe('nausea');
    expect(nearestFindingId('dizziness')).toBe('dizziness');
    expect(nearestFindingId('__proto__')).toBe('stroke');
  });
});

describe('a slip of a contract field (round 52: its value would never be read)', () => {
  const refused = (extra: object) => {
    const r = validateCase({ ...baseCase(), ...extra });
    return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
  };
  const session = { date: '2026-11-16', modality: 'cervical-manipulation' };
  it('is refused, naming the key and the field meant, at every level', () => {
    expect(refused({ sessions: [{ ...session, newSymptom: ['diplopia'] }] })).toEqual([
      'sessions[0].newSymptom: not a field of the case file: did you mean "newSymptoms"? (its value would not be read)',
    ]);
    expect(refused({ sessions: [{ ...session, dizzyness: 4 }] })[0]).toContain(
      'sessions[0].dizzyness: not a field of the case file: did you mean "dizziness"?',
    );
    expect(refused({ imaging: [{ modality: 'mri', region: 'head', reprot: 'x' }] })[0]).toContain(
      'imaging[0].reprot: not a field of the case file: did you mean "report"?',
    );
    expect(refused({ Findings: { diplopia: true } })[0]).toContain('Findings: ');
    expect(refused({ medication: [{ name: 'warfarin' }] })[0]).toContain(
      'did you mean "medications"',
    );
    expect(refused({ referral: { reason: 'x', priorty: 'urgent' } })[0]).toContain(
      'referral.priorty: ',
    );
    expect(refused({ patient: { birth_date: '1970-01-01' } })[0]).toContain(
      'did you mean "birthDate"',
    );
  });
  it('other extra fields stay allowed (the contract: add fields freely)', () => {
    expect(
      refused({
        synthetic: true,
        source: 'ehr',
        notes: 'n',
        sessions: [{ ...session, note: 'n', id: 's1' }],
        imaging: [{ modality: 'mri', region: 'head', id: 'i1', accession: 'A1' }],
        medications: [{ name: 'ibuprofen', dose: '400 mg', route: 'oral' }],
        referral: { reason: 'x', urgency: 'high' },
      }),
    ).toEqual([]);
  });
});

describe('assessedOn after tomorrow', () => {
  it('is assessed as given, with a warning that says so (not refused)', () => {
    const r = validateCase({ ...baseCase(), assessedOn: '2062-11-20' });
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.warnings).toContain(
        jasmine.stringMatching(/^assessedOn: 2062-11-20 is after today \(\d{4}-\d\d-\d\d\)/),
      );
  });
});

describe('a number JSON cannot hold (round 52 B15)', () => {
  it('"1e400" is named as Infinity, not as null', () => {
    const bad = validateCase({
      ...baseCase(),
      findings: { headache: true },
      sessions: [
        {
          date: '2026-11-16',
          modality: 'cervical-manipulation',
          headache: JSON.parse('1e400') as number,
        },
      ],
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]!.message).toMatch(/^Infinity /);
  });
});
