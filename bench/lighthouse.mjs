#!/usr/bin/env node
// Lighthouse on every page of the agency site (examples/agency-site), with its default mobile
// settings (a mid-range phone, simulated slow 4G and 4x CPU slowdown) in the local Chromium,
// served as bench/page-weight.mjs serves the site. Targets (issue 16): accessibility 100 and
// performance 95 or more on every page. The server gzips text, as any host of the site would.
// Needs `npm run build` first.
//
// Simulated throttling scales what it measures on this machine's CPU, so a loaded machine
// lowers performance: each page runs RUNS times and the median run counts (as Lighthouse
// advises), printed beside the load average at the time.
import lighthouse from 'lighthouse';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../scripts/find-browser.mjs';
import { root, startServer } from './lib/harness.mjs';
import { SITE, sitePage } from './page-weight.mjs';

export const LIGHTHOUSE_TARGETS = { accessibility: 100, performance: 95 };
const RUNS = 3;
const FLAGS = { onlyCategories: ['accessibility', 'performance'], logLevel: 'error', output: 'json' };
// The metrics behind the performance score, as Lighthouse names its audits.
const METRICS = { fcp: 'first-contentful-paint', lcp: 'largest-contentful-paint', tbt: 'total-blocking-time', cls: 'cumulative-layout-shift' };

const sitePages = () =>
  readdirSync(join(root, SITE))
    .filter((file) => file.endsWith('.html'))
    .sort();

/** Runs Lighthouse RUNS times on every page; returns one row per page (its median run). */
export async function measureLighthouse({ log = () => {} } = {}) {
  const pages = sitePages();
  const server = await startServer(Object.fromEntries(pages.map((file) => [`${SITE}${file}`, sitePage(file)])), { gzip: true });
  const browser = await puppeteer.launch({ executablePath: findBrowser('chromium'), headless: true, args: ['--no-sandbox'] });
  try {
    const rows = [];
    for (const file of pages) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        log(`  ${file}, run ${run + 1} of ${RUNS}`);
        const page = await browser.newPage();
        try {
          const load = loadavg()[0];
          const { lhr } = await lighthouse(`${server.url}${SITE}${file}`, FLAGS, undefined, page);
          runs.push(summarize(lhr, load));
        } finally {
          await page.close();
        }
      }
      rows.push(medianRun(file, runs));
    }
    return rows;
  } finally {
    await browser.close();
    server.close();
  }
}

/** The figures of one report: scores out of 100, metrics in ms, what failed and why. */
function summarize(lhr, load) {
  const { accessibility, performance } = lhr.categories;
  const metrics = Object.fromEntries(Object.entries(METRICS).map(([key, audit]) => [key, lhr.audits[audit].numericValue]));
  // The accessibility audits that failed, so a miss names its cause.
  const failed = accessibility.auditRefs
    .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
    .map((ref) => ref.id);
  return {
    accessibility: Math.round(accessibility.score * 100),
    performance: Math.round(performance.score * 100),
    metrics,
    failed,
    load,
    errors: lhr.runtimeError ? [lhr.runtimeError.message] : [],
  };
}

/** The run with the median performance score; accessibility and errors from the worst run. */
function medianRun(file, runs) {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  const median = sorted[Math.floor(sorted.length / 2)];
  const worst = runs.reduce((low, run) => (run.accessibility < low.accessibility ? run : low));
  return {
    file,
    ...median,
    accessibility: worst.accessibility,
    failed: worst.failed,
    range: [sorted[0].performance, sorted.at(-1).performance],
    loads: runs.map((run) => run.load),
    errors: runs.flatMap((run) => run.errors),
  };
}

export function lighthouseFailures(rows) {
  return rows.flatMap((row) => [
    ...(row.accessibility < LIGHTHOUSE_TARGETS.accessibility ? [`${row.file}: accessibility ${row.accessibility} (${row.failed.join(', ')})`] : []),
    ...(row.performance < LIGHTHOUSE_TARGETS.performance ? [`${row.file}: performance ${row.performance}`] : []),
    ...row.errors.map((error) => `${row.file}: ${error}`),
  ]);
}

const seconds = (value) => `${(value / 1000).toFixed(2)} s`;

export function formatLighthouse(rows) {
  const { accessibility, performance } = LIGHTHOUSE_TARGETS;
  const header = `${'page'.padEnd(16)}${'a11y'.padStart(6)}${'perf'.padStart(6)}${'(runs)'.padStart(10)}${'FCP'.padStart(9)}${'LCP'.padStart(9)}${'TBT'.padStart(9)}${'CLS'.padStart(7)}   load avg`;
  const lines = rows.map((row) => {
    const { fcp, lcp, tbt, cls } = row.metrics;
    return [
      row.file.padEnd(16),
      String(row.accessibility).padStart(6),
      String(row.performance).padStart(6),
      `${row.range[0]}\u2013${row.range[1]}`.padStart(10),
      seconds(fcp).padStart(9),
      seconds(lcp).padStart(9),
      `${Math.round(tbt)} ms`.padStart(9),
      cls.toFixed(3).padStart(7),
      `   ${row.loads.map((load) => load.toFixed(2)).join(' ')}`,
    ].join('');
  });
  return [
    `Lighthouse on the agency site (mobile, simulated slow 4G, local Chromium; median of ${RUNS} runs; targets: accessibility ${accessibility}, performance \u2265 ${performance})`,
    header,
    ...lines,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureLighthouse({ log: (line) => process.stderr.write(`${line}\n`) });
  console.log(formatLighthouse(rows));
  const failures = lighthouseFailures(rows);
  if (failures.length) {
    console.error(`\nMissed: ${failures.join('; ')}`);
    process.exitCode = 1;
  }
}
