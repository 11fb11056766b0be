#!/usr/bin/env node
// 1,000 table rows rendered through to the next frame, in Chromium, side by side:
//   static HTML    the same table (the DOM ger-table produces, and its styles) as plain HTML (the baseline)
//   from data      <ger-table> given `columns` and `rows`: it builds, enhances and lays out the table
//   enhanced HTML  the static HTML inside a defined, sortable <ger-table> (reference: parse, then enhance)
// Each round loads a fresh page per variant, in turn, so that load on the machine hits all
// alike; the table shows medians. Target: from data at most 1.3x static HTML.
import { formatRows } from './card-render.mjs';
import { bundle, launchChromium, median, root, startServer } from './lib/harness.mjs';

export const TARGET_RATIO = 1.3;
const ROUNDS = Number(process.env.GER_BENCH_ROUNDS ?? 9);
const SETTLE_MS = Number(process.env.GER_BENCH_SETTLE_MS ?? 500);
const page = (script, extraHead = '') => `<!doctype html>
<html lang="mn"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/packages/tokens/dist/css/ger.css">${extraHead}
<script type="module" src="${script}"></script></head>
<body><main id="root"></main></body></html>`;

/** The static page's script: the same timing, and no ger-table definition, so the table stays plain HTML. */
const STATIC_SCRIPT = `const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
window.tableBench = {
  async run(_, html) {
    await frame();
    const started = performance.now();
    document.getElementById('root').innerHTML = html;
    await frame();
    return performance.now() - started;
  },
};`;

export async function measureTable({ rounds = ROUNDS, settle = SETTLE_MS, log = () => {} } = {}) {
  const script = await bundle(`${root}bench/pages/table.ts`);
  const server = await startServer({ '/bench.js': script, '/static.js': STATIC_SCRIPT, '/page.html': page('/bench.js') });
  const browser = await launchChromium();
  const open = async (html) => {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    tab.on('pageerror', (error) => console.error(error));
    if (html) await tab.route('**/static.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await tab.goto(`${server.url}/${html ? 'static' : 'page'}.html`);
    await tab.waitForFunction(() => window.tableBench);
    if (settle) await tab.waitForTimeout(settle);
    return tab;
  };
  try {
    const setup = await open();
    const { html, css } = await setup.evaluate(() => window.tableBench.staticVersion());
    await setup.close();
    const staticPage = page('/static.js', `<style>${css}</style>`);
    const times = { static: [], data: [], enhanced: [] };
    for (let round = 0; round < rounds; round++) {
      for (const variant of Object.keys(times)) {
        const tab = await open(variant === 'static' ? staticPage : undefined);
        times[variant].push(await tab.evaluate(([v, p]) => window.tableBench.run(v, p), [variant, html]));
        await tab.close();
      }
      log(`  round ${round + 1}/${rounds}`);
    }
    const base = median(times.static);
    return [
      { name: 'static HTML table, same DOM and CSS (baseline)', ms: base, ratio: 1 },
      { name: '<ger-table> from data, 1,000 rows', ms: median(times.data), ratio: median(times.data) / base, target: TARGET_RATIO },
      { name: '<ger-table> enhancing the same HTML (reference)', ms: median(times.enhanced), ratio: median(times.enhanced) / base },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}

export const TABLE_TITLE = `1,000 table rows rendered through to the next frame (Chromium, median of ${ROUNDS} fresh pages)`;

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const rows = await measureTable({ log: (line) => process.stderr.write(`${line}\n`) });
  console.log(formatRows(TABLE_TITLE, rows));
  if (rows.some((row) => row.target && row.ratio > row.target)) process.exit(1);
}
