/** Issue 9: the CLI against hostile input — encodings, typos, usage errors, EPIPE, bad FHIR. */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'vas-integrity-'));
const base = JSON.parse(readFileSync('e2e/fixtures/case-clear.json', 'utf8'));

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}
function run(script: 'assess' | 'convert', ...args: string[]) {
  const r = spawnSync('npm', ['run', '-s', script, '--', ...args], { encoding: 'utf8' });
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn')),
  };
}

test('Latin-1 and UTF-16 files are refused by name; a UTF-8 BOM is accepted', () => {
  const json = JSON.stringify({ ...base, patient: { name: 'Zoë Müller' } });
  const latin1 = file('latin1.json', Buffer.from(json, 'latin1'));
  const utf16 = file(
    'utf16.json',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]),
  );
  const bom = file('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]));
  const r = run('assess', latin1, utf16);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toEqual([
    expect.stringMatching(/latin1\.json: \(root\): not UTF-8 \(invalid byte 0xeb at offset \d+\)/),
    expect.stringContaining('utf16.json: (root): not UTF-8 (the file is UTF-16)'),
  ]);
  const ok = run('assess', bom);
  expect(ok.code).toBe(0);
  expect(JSON.parse(ok.stdout).caseId).toBe(base.id);
});

test('a finding key with a typo is refused with the nearest id (exit 2), not assessed as none', () => {
  for (const [key, near] of [
    ['sudden_severe_headache', 'sudden-severe-headache'],
    ['Stroke', 'stroke'],
    ['dysarthria ', 'dysarthria'],
  ]) {
    const f = file(
      'typo.json',
      JSON.stringify({ ...base, findings: { ...base.findings, [key]: true } }),
    );
    const r = run('assess', f);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toHaveLength(1);
    expect(r.stderr[0]).toContain(`not a known finding id — did you mean ${near}?`);
  }
});

test('future birth date, session after assessedOn and course 1e21 are refused naming the field', () => {
  const f = file(
    'dates.json',
    JSON.stringify({
      ...base,
      patient: { birthDate: '2090-01-01' },
      sessions: [{ date: '2099-01-01', modality: 'back-massage', course: 1e21 }],
    }),
  );
  const r = run('assess', f);
  expect(r.code).toBe(2);
  expect(r.stderr[0]).toContain('patient.birthDate: 2090-01-01 is after today');
  expect(r.stderr[0]).toContain('sessions[0].date: 2099-01-01 is after assessedOn');
  expect(r.stderr[0]).toContain('sessions[0].course');
});

test('--help exits 0; usage errors exit 2 with one line', () => {
  for (const script of ['assess', 'convert'] as const) {
    const h = run(script, '--help');
    expect(h.code).toBe(0);
    expect(h.stdout).toContain(`usage: npm run ${script}`);
  }
  const two = run(
    'convert',
    '--to',
    'fhir',
    'e2e/fixtures/case-017.json',
    'e2e/fixtures/case-clear.json',
  );
  expect(two.code).toBe(2);
  expect(two.stdout).toBe('');
  expect(two.stderr).toEqual([expect.stringContaining('one FILE at a time (got 2:')]);
  expect(run('convert', 'e2e/fixtures/case-017.json').code).toBe(2);
  expect(run('assess').code).toBe(2);
  expect(run('assess', '--verbose', 'x.json').stderr).toEqual([
    expect.stringContaining('unknown option --verbose'),
  ]);
});

test('piping into head ends quietly (no EPIPE stack trace)', () => {
  const files = Array.from({ length: 150 }, () => 'e2e/fixtures/case-017.json').join(' ');
  const r = spawnSync('sh', ['-c', `npm run -s assess -- ${files} | head -1`], {
    encoding: 'utf8',
  });
  expect(r.stdout).toBe('[\n');
  expect(r.stderr).not.toContain('EPIPE');
  expect(r.stderr).not.toContain('Error');
});

test('a Bundle: invalid FHIR refused by entry in one line; bad base64 read with a warning', () => {
  const patient = { resource: { resourceType: 'Patient', id: 'p1', gender: 'female' } };
  const bundle = (resource: object) => ({
    resourceType: 'Bundle',
    type: 'collection',
    entry: [patient, { resource: { subject: { reference: 'Patient/p1' }, ...resource } }],
  });
  const invalid = bundle({
    resourceType: 'Observation',
    status: 'final',
    code: { coding: [{ system: 'urn:vas-dashboard:finding', code: 'diplopia' }] },
    valueBoolean: 'yes',
  });
  const r = run('convert', '--to', 'case', file('invalid.json', JSON.stringify(invalid)));
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toHaveLength(1);
  expect(r.stderr[0]).toContain('Bundle.entry[1]');
  expect(r.stderr[0]).not.toContain('    at ');
  // An attachment that is not base64 is not a reason to lose the record: the report is held
  // as not read (the assessment warns; VAS_WARNINGS=1 prints the reader's warning).
  const bad64 = bundle({
    resourceType: 'DiagnosticReport',
    status: 'final',
    code: { coding: [{ system: 'urn:vas-dashboard:imaging', code: 'mri' }] },
    presentedForm: [{ contentType: 'text/plain', data: '!!!not base64***' }],
  });
  const ok = run('convert', '--to', 'case', file('bad64.json', JSON.stringify(bad64)));
  expect(ok.code).toBe(0);
  expect(ok.stdout).toContain('not read');
});

test('a key given twice in one object is refused naming the field (JSON.parse would keep the last)', () => {
  const text = JSON.stringify({ ...base, findings: { ...base.findings, stroke: true } }).replace(
    '"stroke":true',
    '"stroke":true,"stroke":false',
  );
  const r = run('assess', file('twice.json', text));
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toEqual([
    expect.stringContaining('twice.json: findings.stroke: given twice in one object'),
  ]);
});
