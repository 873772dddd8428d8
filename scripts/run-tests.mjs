// `npm test`: lint (ESLint, counted as one check), unit tests (Vitest), the
// production build, then the end-to-end tests (Playwright in real Chromium).
// Prints one closing line that sums every suite: "N passed, N failed".
// Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

function run(label, command, args) {
  process.stdout.write(`\n== ${label}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) ok = false;
  return result.status === 0;
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

// Lint holds the layering (eslint.config.js): one check, passed or failed.
if (run('lint', 'npm', ['run', 'lint', '--silent'])) totals.passed += 1;
else totals.failed += 1;

run('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit-report.json']);
const unit = readJson('test-results/unit-report.json');
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
} else {
  totals.failed += 1;
}

if (run('build', 'npm', ['run', 'build', '--silent'])) {
  const extra = process.argv.slice(2);
  run('e2e', 'npx', ['playwright', 'test', ...extra]);
  const e2e = readJson('test-results/e2e-report.json');
  if (e2e) {
    totals.passed += e2e.stats.expected + e2e.stats.flaky;
    totals.failed += e2e.stats.unexpected;
    totals.skipped += e2e.stats.skipped;
  } else {
    totals.failed += 1;
  }
} else {
  totals.failed += 1;
}

process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
