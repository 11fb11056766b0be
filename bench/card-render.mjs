#!/usr/bin/env node
// Rendering 1,448 services through to the next frame, in Chromium, side by side:
//   static HTML    the cards' own DOM and styles as plain HTML in the page (the baseline)
//   ger            1,448 <ger-service-card> elements given the `service` property
//   bare Lit       a Lit element with the same template and styles and no logic (reference)
// Each round loads a fresh page per variant, in turn, so that load on the machine hits all
// alike; the table shows medians. Target: ger at most 1.3x static HTML.
// Each page has finished loading (half a second idle) before it fetches the data, and the timing
// starts as soon as the data is in: on a real network the data arrives after the page has
// loaded. From localhost it would arrive while Chromium is still in its page-load phase, which
// slows every variant and JavaScript most; that case is printed too, for information.
import { bundle, launchChromium, median, ms, root, startServer } from './lib/harness.mjs';

export const TARGET_RATIO = 1.3;
const ROUNDS = Number(process.env.GER_BENCH_ROUNDS ?? 9);
const DATA = '/packages/service-data/services.json';
const SETTLE_MS = Number(process.env.GER_BENCH_SETTLE_MS ?? 500);
const page = (extraHead = '') => `<!doctype html>
<html lang="mn"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/packages/tokens/dist/css/ger.css">${extraHead}
<script type="module" src="/bench.js"></script></head>
<body><main id="root"></main></body></html>`;

export async function measureCardRender({ rounds = ROUNDS, settle = SETTLE_MS, log = () => {} } = {}) {
  const script = await bundle(`${root}bench/pages/card-render.ts`);
  const server = await startServer({ '/bench.js': script, '/page.html': page() });
  const browser = await launchChromium();
  const open = async (html) => {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    tab.on('pageerror', (error) => console.error(error));
    if (html) await tab.route('**/static.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await tab.goto(`${server.url}/${html ? 'static' : 'page'}.html`);
    await tab.waitForFunction(() => window.cardBench);
    if (settle) await tab.waitForTimeout(settle);
    await tab.evaluate((url) => window.cardBench.load(url), DATA);
    return tab;
  };
  try {
    const setup = await open();
    const { html, css, texts } = await setup.evaluate(() => window.cardBench.staticVersion());
    await setup.close();
    const staticPage = page(`<style>${css}</style>`);
    const times = { static: [], ger: [], bare: [] };
    for (let round = 0; round < rounds; round++) {
      for (const variant of Object.keys(times)) {
        const tab = await open(variant === 'static' ? staticPage : undefined);
        const payload = variant === 'static' ? html : variant === 'bare' ? texts : undefined;
        times[variant].push(await tab.evaluate(([v, p]) => window.cardBench.run(v, p), [variant, payload]));
        await tab.close();
      }
      log(`  round ${round + 1}/${rounds}`);
    }
    const base = median(times.static);
    return [
      { name: 'static HTML, same DOM and CSS (baseline)', ms: base, ratio: 1 },
      { name: '<ger-service-card> x 1,448', ms: median(times.ger), ratio: median(times.ger) / base, target: TARGET_RATIO },
      { name: 'bare Lit card, same template (reference)', ms: median(times.bare), ratio: median(times.bare) / base },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}

export function formatRows(title, rows) {
  const width = Math.max(...rows.map((row) => row.name.length));
  const lines = [title, `${'variant'.padEnd(width)}  ${'median'.padStart(10)}  ratio  target`];
  for (const row of rows) {
    const target = row.target ? `<= ${row.target.toFixed(2)}x ${row.ratio <= row.target ? 'ok' : 'OVER'}` : '';
    lines.push(`${row.name.padEnd(width)}  ${ms(row.ms).padStart(10)}  ${row.ratio.toFixed(2)}x  ${target}`);
  }
  return lines.join('\n');
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const log = (line) => process.stderr.write(`${line}\n`);
  const rows = await measureCardRender({ log });
  console.log(
    formatRows(
      `1,448 services rendered through to the next frame (Chromium, median of ${ROUNDS} fresh pages, each loaded and idle ${SETTLE_MS} ms before the data comes)`,
      rows,
    ),
  );
  const unsettled = await measureCardRender({ log, settle: 0 });
  const info = unsettled.map(({ target, ...row }) => row);
  console.log(formatRows('The same, with the data coming while the page is still loading (for information)', info));
  if (rows.some((row) => row.target && row.ratio > row.target)) process.exit(1);
}
