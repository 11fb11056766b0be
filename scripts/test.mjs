#!/usr/bin/env node
// The one test command: type-check, build, run the Node tests and the browser tests, and end
// with a single "N passed, N failed" line over all of them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './find-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'ger-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`  ${label}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

/** A set-up step that fails counts as one failed test, so the closing line never hides it. */
function step(label, command, args) {
  const ok = run(label, command, args);
  if (!ok) totals.failed += 1;
  return ok;
}

function finish() {
  const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
  console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
  process.exit(totals.failed > 0 ? 1 : 0);
}

function nodeTestFiles() {
  const dirs = ['packages/tokens/test', 'packages/components/test/node', 'bench'];
  return dirs
    .filter((dir) => existsSync(join(root, dir)))
    .flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true })
        .filter((file) => String(file).endsWith('.test.mjs'))
        .map((file) => relative(root, join(root, dir, String(file)))),
    );
}

function readTapCounts(file) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  return { passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') + count('todo') };
}

function add(counts) {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
}

try {
  console.log(`Browser: ${findChromium()}`);
} catch (error) {
  console.error(`\n${error.message}\n`);
  totals.failed += 1;
  finish();
}

step('Type-check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
if (!step('Build tokens (with the contrast check)', 'node', ['packages/tokens/build.mjs'])) finish();
step('Build components', 'node', ['packages/components/scripts/build.mjs']);

const tap = join(scratch, 'node.tap');
run('Node tests (tokens, build output, server rendering, sizes)', 'node', [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${tap}`,
  ...nodeTestFiles(),
]);
add(readTapCounts(tap));

const wtrCounts = join(scratch, 'wtr.json');
const wtrOk = run('Browser tests (web-test-runner, Chromium)', 'npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs'], {
  GER_WTR_COUNTS: wtrCounts,
});
if (existsSync(wtrCounts)) add(JSON.parse(readFileSync(wtrCounts, 'utf8')));
else if (!wtrOk) totals.failed += 1;

finish();
