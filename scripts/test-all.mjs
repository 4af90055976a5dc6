// `npm test`: lint, unit tests (Karma, headless Chromium), production build, end-to-end
// tests (Playwright). Ends with one line "N passed, N failed" summing all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

process.env.CHROME_BIN ??= '/usr/bin/chromium';
let passed = 0;
let failed = 0;

function run(label, cmd, args) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  // Karma's progress lines redraw in place: keep the log short.
  process.stdout.write(out.split('\n').filter((l) => !/Executed \d+ of \d+ (SUCCESS|\()/.test(l) || /FAILED/.test(l)).join('\n'));
  return { code: r.status ?? 1, out };
}

// 1. Lint (ESLint + Prettier): one check.
const lint = run('lint', 'npm', ['run', '-s', 'lint']);
if (lint.code === 0) passed++;
else failed++;

// 2. Unit tests.
const unit = run('unit', 'npx', ['ng', 'test', '--no-watch', '--no-progress']);
const clean = unit.out.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
const total = [...clean.matchAll(/Executed (\d+) of (\d+)(?: \((\d+) FAILED\))?/g)].pop();
if (total) {
  const executed = Number(total[1]);
  const bad = Number(total[3] ?? 0);
  passed += executed - bad;
  failed += bad;
  if (unit.code !== 0 && bad === 0) failed++;
} else {
  console.log('unit tests did not report a total');
  failed++;
}

// 3. Production build, then end-to-end tests against it.
const build = run('build', 'npx', ['ng', 'build', '--configuration', 'production']);
// The initial-bundle budget (issue 15: no budget warning) is a check, not only a warning.
if (/exceeded maximum budget/.test(build.out)) {
  console.log('\nbuild: the initial bundle is over its budget (angular.json budgets)');
  failed++;
} else if (build.code === 0) passed++;
if (build.code !== 0) {
  failed++;
} else {
  const e2e = run('e2e', 'npx', ['playwright', 'test']);
  const file = 'test-results/e2e-results.json';
  if (existsSync(file)) {
    const stats = JSON.parse(readFileSync(file, 'utf8')).stats;
    passed += stats.expected + (stats.flaky ?? 0);
    failed += stats.unexpected;
    if (e2e.code !== 0 && stats.unexpected === 0) failed++;
  } else {
    failed++;
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
