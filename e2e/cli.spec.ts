import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `npm run assess` as the contract fixes it (runs in Node, no browser). */
function assess(...files: string[]) {
  const r = spawnSync(
    'npm',
    ['run', '-s', 'assess', '--', ...files.map((f) => `e2e/fixtures/${f}`)],
    {
      encoding: 'utf8',
    },
  );
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn')),
  };
}

test('one file gives one assessment object', () => {
  const r = assess('case-017.json');
  expect(r.code).toBe(0);
  expect(r.stderr).toEqual([]);
  const a = JSON.parse(r.stdout);
  expect(a.caseId).toBe('case-017');
  expect(a.vas.level).toBe('high');
  expect(a.modalities['cervical-manipulation'].verdict).toBe('contraindicated');
  // Ibuprofen tablets from 5 to 11 November: 7 days, more than 4.
  expect(a.course.status).toBe('concerning');
  expect(a.course.flags.map((f: { rule: string }) => f.rule)).toEqual(['COURSE-ANALGESICS-4-DAYS']);
});

test('several files give an array in the given order', () => {
  const r = assess('case-clear.json', 'case-017.json');
  expect(r.code).toBe(0);
  const list = JSON.parse(r.stdout);
  expect(list.map((a: { caseId: string }) => a.caseId)).toEqual(['case-clear', 'case-017']);
  expect(Object.values(list[0].modalities).map((m) => (m as { verdict: string }).verdict)).toEqual([
    'clear',
    'clear',
    'clear',
    'clear',
  ]);
});

test('an invalid file: nothing on stdout, one line on stderr naming the file and field, exit 2', () => {
  const r = assess('invalid-rating.json');
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toHaveLength(1);
  expect(r.stderr[0]).toContain('invalid-rating.json');
  expect(r.stderr[0]).toContain('sessions[0].painAfter');
});

test('a valid and an invalid file: the valid one is printed, exit 2', () => {
  const r = assess('case-017.json', 'invalid-rating.json');
  expect(r.code).toBe(2);
  expect(JSON.parse(r.stdout).map((a: { caseId: string }) => a.caseId)).toEqual(['case-017']);
});

test('many files on worker threads print exactly what one thread prints (order, refusals, exit 2)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vas-cli-many-'));
  try {
    const base = JSON.parse(readFileSync('e2e/fixtures/case-017.json', 'utf8'));
    const files = Array.from({ length: 240 }, (_, i) => {
      const f = join(dir, `case-${String(i).padStart(3, '0')}.json`);
      const c = {
        ...base,
        id: `many-${i}`,
        findings: { ...base.findings, dizziness: i % 2 === 0 },
      };
      writeFileSync(f, JSON.stringify(c));
      return f;
    });
    files[7] = 'e2e/fixtures/invalid-rating.json';
    files[200] = join(dir, 'missing.json');
    const run = (threads: string) =>
      spawnSync('node', ['scripts/run-cli.mjs', 'cli/assess.ts', ...files], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        env: { ...process.env, VAS_CLI_THREADS: threads },
      });
    const one = run('1');
    const two = run('2');
    expect(one.status).toBe(2);
    expect(two.status).toBe(2);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    const ids = JSON.parse(two.stdout).map((a: { caseId: string }) => a.caseId);
    expect(ids).toHaveLength(238);
    expect(ids.slice(6, 8)).toEqual(['many-6', 'many-8']);
    expect(two.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringContaining('invalid-rating.json: sessions[0].painAfter'),
      expect.stringContaining('missing.json: cannot read file (ENOENT)'),
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
