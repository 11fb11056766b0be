#!/usr/bin/env node
// The one test command: type-check, lint, build, run the Node tests and the browser tests in each
// engine, and end with a single "N passed, N failed" line over all of them.
//
//   npm test                        every engine (Chromium, Firefox, WebKit)
//   npm test -- --engine firefox    one engine (repeat or comma-separate for several)
//   npm test -- --files 'packages/components/src/button/*.test.ts'
//                                   only these browser test files (builds first; no type-check, lint or Node tests)
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINE_LABELS, ENGINE_NAMES } from './engines.mjs';
import { BrowserNotFound, findBrowser } from './find-browser.mjs';
import { freePort, startWebKitDriver } from './webkit-driver.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'ger-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const engineReports = [];

/** Values of a repeatable option, written `--name a,b`, `--name=a,b` or several times. */
function optionValues(argv, name) {
  const values = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === `--${name}`) values.push(...(argv[++i] ?? '').split(','));
    else if (arg.startsWith(`--${name}=`)) values.push(...arg.slice(name.length + 3).split(','));
  }
  return values.filter(Boolean);
}

function requestedEngines(argv) {
  const names = optionValues(argv, 'engine');
  const unknown = names.filter((name) => !ENGINE_NAMES.includes(name));
  if (unknown.length) {
    console.error(`Unknown engine ${unknown.join(', ')}: use ${ENGINE_NAMES.join(', ')}`);
    process.exit(2);
  }
  return { engines: names.length ? [...new Set(names)] : ENGINE_NAMES, explicit: names.length > 0 };
}

/** How a step ended; a run killed by a signal prints nothing of its own, so the signal is named. */
const outcome = (status, signal) => (status === 0 ? 'ok' : `FAILED (${signal ? `killed by ${signal}` : `exit code ${status}`})`);

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`  ${label}: ${outcome(result.status, result.signal)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

/** A set-up step that fails counts as one failed test, so the closing line never hides it. */
function step(label, command, args) {
  const ok = run(label, command, args);
  if (!ok) totals.failed += 1;
  return ok;
}

function add(counts) {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
}

function finish() {
  if (engineReports.length) {
    console.log('\nBrowser tests by engine:');
    for (const report of engineReports) console.log(report);
  }
  const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
  console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
  process.exit(totals.failed > 0 ? 1 : 0);
}

function nodeTestFiles() {
  const dirs = [
    'packages/tokens/test',
    'packages/text-fold/test',
    'packages/components/test/node',
    'packages/react/test',
    'test',
    'packages/chat-server/test',
    'packages/service-data/test',
    'bench',
  ];
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

function describeEngine(label, counts) {
  const lines = [`  ${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`];
  for (const [reason, n] of Object.entries(counts.skipReasons ?? {})) lines.push(`    ${n} skipped: ${reason}`);
  return lines.join('\n');
}

/** The slowest test files of an engine's run (scripts/wtr-timing-reporter.mjs): where its time went. */
function slowestFiles(timingsFile, count = 5) {
  if (!existsSync(timingsFile)) return '';
  const { files } = JSON.parse(readFileSync(timingsFile, 'utf8'));
  return `\n    slowest files: ${files
    .slice(0, count)
    .map(({ file, seconds }) => `${file.replace(/^.*\//, '')} ${seconds.toFixed(0)} s`)
    .join(', ')} (all: ${timingsFile})`;
}

async function runEngine(engine, explicit, besideAnother = false) {
  const label = ENGINE_LABELS[engine];
  try {
    console.log(`\n${label}: ${findBrowser(engine)}`);
  } catch (error) {
    if (!(error instanceof BrowserNotFound)) throw error;
    // Asked for by name, or in CI, a missing engine fails; on a developer's machine the run
    // goes on in the engines it has and says loudly which one it could not run.
    const fails = explicit || process.env.CI === 'true';
    console.error(`\n${label} was not run. ${error.message}\n`);
    engineReports.push(`  ${label}: NOT RUN (browser not installed)${fails ? ', counted as a failure' : ''}`);
    if (fails) totals.failed += 1;
    return;
  }
  const countsFile = join(scratch, `wtr-${engine}.json`);
  const timingsFile = join(scratch, `wtr-${engine}-timings.json`);
  // A runner that dies without reporting (its browser or driver gone) is run once more, and the
  // report says so: one lost run must not hide the results, nor a second loss go unnoticed.
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    const driver = engine === 'webkit' ? await startWebKitDriver(join(scratch, `webkit-driver-${attempt}.log`)) : undefined;
    try {
      const fileArgs = onlyFiles.length ? ['--files', ...onlyFiles] : [];
      const args = ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...fileArgs];
      // Each run its own port: two runners started together would both pick the first free one.
      const env = {
        ...driver?.env,
        GER_ENGINE: engine,
        GER_WTR_COUNTS: countsFile,
        GER_WTR_TIMINGS: timingsFile,
        GER_WTR_PORT: String(await freePort()),
      };
      const title = `Browser tests in ${label} (web-test-runner)${attempt > 1 ? `, run ${attempt}` : ''}`;
      const ok = besideAnother ? await runQuietly(title, 'npx', args, env) : run(title, 'npx', args, env);
      if (existsSync(countsFile)) {
        const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
        add(counts);
        engineReports.push(
          describeEngine(`${label}${attempt > 1 ? ' (second run, after the first died before reporting)' : ''}`, counts) + slowestFiles(timingsFile),
        );
        return;
      }
      if (ok) return;
      console.error(`\n${label}: the run died before reporting.${driver ? ` ${driver.describe()}` : ''}`);
    } finally {
      driver?.stop();
    }
  }
  totals.failed += 1;
  engineReports.push(`  ${label}: both runs died before reporting`);
}

/**
 * Like `run`, for a run beside another: its output goes to a file, printed whole when it ends,
 * so two engines' reports never interleave.
 */
async function runQuietly(label, command, args, env) {
  console.log(`\n▶ ${label} (output follows when it ends)`);
  const started = Date.now();
  const log = join(scratch, `${label.replace(/\W+/g, '-')}.log`);
  const out = createWriteStream(log);
  const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  child.stdout.pipe(out, { end: false });
  child.stderr.pipe(out, { end: false });
  const [status, signal] = await once(child, 'close');
  await new Promise((resolve) => out.end(resolve));
  console.log(`\n▶ ${label}\n${readFileSync(log, 'utf8')}`);
  console.log(`  ${label}: ${outcome(status, signal)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return status === 0;
}

const { engines, explicit } = requestedEngines(process.argv.slice(2));
const onlyFiles = optionValues(process.argv.slice(2), 'files');

// Chromium is the reference engine: without it the run stops at once and says how to install it.
if (engines.includes('chromium')) {
  try {
    findBrowser('chromium');
  } catch (error) {
    console.error(`\n${error.message}\n`);
    totals.failed += 1;
    finish();
  }
}

// Tokens first: the type-check and the tests import the token build (`@ger/tokens` points at dist/).
if (!step('Build tokens (with the contrast check)', 'node', ['packages/tokens/build.mjs'])) finish();
if (!onlyFiles.length) step('Type-check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
if (!onlyFiles.length) step('Lint (ESLint, stylelint, Prettier)', 'node', ['scripts/lint.mjs']);
step('Build components', 'node', ['packages/components/scripts/build.mjs']);
if (!onlyFiles.length) step('Build @ger/react (wrappers from the manifest)', 'node', ['packages/react/scripts/build.mjs']);

const tap = join(scratch, 'node.tap');
// Two test files at a time: on two cores the longest (the size budget, bundling every entry) no
// longer holds up the rest; 223 s instead of 316 s on a quiet machine. Every file works in its own
// temporary folder and on free ports, so files running side by side do not meet.
if (!onlyFiles.length)
  run('Node tests (tokens, build output, server rendering, chat server, sample data, sizes)', 'node', [
    '--test',
    '--test-concurrency=2',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...nodeTestFiles(),
  ]);
if (!onlyFiles.length) add(readTapCounts(tap));

// Chromium runs two test files at a time and fills both cores. Firefox and WebKit each run one
// file at a time (scripts/engines.mjs says why), which leaves a core idle: they run side by side.
const [first, ...rest] = engines.includes('chromium') ? ['chromium', ...engines.filter((e) => e !== 'chromium')] : [undefined, ...engines];
if (first) await runEngine(first, explicit);
await Promise.all(rest.map((engine) => runEngine(engine, explicit, rest.length > 1)));
finish();
