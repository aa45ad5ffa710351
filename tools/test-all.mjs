#!/usr/bin/env node
// `npm test`: every check of the repository, uncached — lint, typecheck, unit tests, integration tests on
// embedded SQLite AND MariaDB (127.0.0.1:3306, required), builds, the console end to end in Debian's
// Chromium (/usr/bin/chromium, required) — then one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, 'tmp/test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0' };
const nx = join(root, 'node_modules/.bin/nx');

function step(title, args) {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const run = spawnSync(nx, args, { cwd: root, env, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`=== ${title}: ${run.status === 0 ? 'ok' : 'FAILED'} (${seconds}s) ===`);
  return run.status === 0;
}

const steps = [
  ['lint and typecheck', ['run-many', '-t', 'lint', 'typecheck', '--skip-nx-cache', '--outputStyle=static']],
  ['unit tests', ['run-many', '-t', 'test', '--skip-nx-cache', '--outputStyle=static']],
  ['integration tests (SQLite and MariaDB)', ['run-many', '-t', 'integration', '--skip-nx-cache', '--outputStyle=static', '--parallel=1']],
  ['builds', ['run-many', '-t', 'build', '--skip-nx-cache', '--outputStyle=static']],
  ['console end to end (Chromium)', ['run', 'admin-web:e2e', '--outputStyle=static']],
];

const failedSteps = [];
for (const [title, args] of steps) if (!step(title, args)) failedSteps.push(title);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(resultsDir)) {
  for (const file of readdirSync(resultsDir)) {
    const r = JSON.parse(readFileSync(join(resultsDir, file), 'utf8'));
    passed += r.passed;
    failed += r.failed;
    skipped += r.skipped;
  }
}
console.log('');
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join(', ')}`);
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (passed === 0) console.log('No test ran: that is a failure.');
process.exit(failedSteps.length === 0 && failed === 0 && skipped === 0 && passed > 0 ? 0 : 1);
