#!/usr/bin/env node
// Switching theme or text size on a page of 1,500 Ger components, against the same page built
// of plain HTML elements switching one class on the root, in one run of headless Chromium.
// Time is measured from the call to the following frame, with that frame's style and layout
// forced inside it, so the work the switch causes is counted. Target: Ger <= 1.5x baseline
// at the median.
import { chromium } from 'playwright';
import { findBrowser } from '../scripts/find-browser.mjs';
import { serve, stats } from './serve.mjs';

const COUNT = 1500;
/** Fresh page loads, each switching RUNS times per page. Chromium's frame scheduler settles into
 * one rhythm per load: a switch that overruns a frame shows the next frame either as soon as it
 * is done or a whole frame later, and it keeps that choice for the load. Several loads, pooled,
 * give the median a reader meets; each load's own median is printed as well. */
const LOADS = 4;
const RUNS = 40;
const TARGET = 1.5;

const content = (i) => `Үйлчилгээ ${i}: иргэний үнэмлэх`;

function gerPage() {
  const items = [];
  for (let i = 0; i < COUNT; i += 1) {
    const kind = i % 10;
    if (kind < 5) items.push(`<ger-button variant="${['primary', 'secondary', 'quiet'][i % 3]}">${content(i)}</ger-button>`);
    else if (kind < 9) items.push(`<ger-tag variant="${['info', 'success', 'warning', 'danger'][i % 4]}">${content(i)}</ger-tag>`);
    else items.push(`<ger-notification-banner variant="information"><p>${content(i)}</p></ger-notification-banner>`);
  }
  return `<!doctype html><html lang="mn"><head><meta charset="utf-8">
<link rel="stylesheet" href="/packages/tokens/dist/css/ger.css">
<script type="module">
  import { getPreferencesStore } from '/packages/components/dist/cdn/ger.min.js';
  const store = getPreferencesStore();
  store.set({ theme: 'light', textSize: 100 });
  window.switchTheme = (on) => store.set({ theme: on ? 'night' : 'light' });
  window.switchSize = (on) => store.set({ textSize: on ? 150 : 100 });
  await Promise.all(['ger-button', 'ger-tag', 'ger-notification-banner'].map((t) => customElements.whenDefined(t)));
  window.ready = true;
</script></head><body>${items.join('\n')}</body></html>`;
}

/** The same content as plain elements, themed by one class on the root, as a hand-written site would. */
function plainPage() {
  const items = [];
  for (let i = 0; i < COUNT; i += 1) {
    const kind = i % 10;
    if (kind < 5) items.push(`<button class="btn btn-${['primary', 'secondary', 'quiet'][i % 3]}">${content(i)}</button>`);
    else if (kind < 9) items.push(`<span class="tag tag-${['info', 'success', 'warning', 'danger'][i % 4]}">${content(i)}</span>`);
    else items.push(`<div class="banner" role="region"><div class="banner-heading">Мэдээлэл</div><p>${content(i)}</p></div>`);
  }
  const css = `
  :root { --text: #1c232d; --surface: #fff; --brand: #0b4ea2; --on-brand: #fff; --tint: #eef4fc; --accent: #0a6e82; background: var(--surface); color: var(--text); font-family: system-ui, sans-serif; line-height: 1.5; }
  :root.night { --text: #eceef2; --surface: #1c232d; --brand: #8cb4e7; --on-brand: #071f42; --tint: #0a3166; --accent: #5bc0d4; }
  :root.large { font-size: 150%; }
  .btn { min-block-size: 2.75rem; padding: .5rem 1rem; border: 2px solid transparent; border-radius: .25rem; font: inherit; font-weight: 700; background: var(--brand); color: var(--on-brand); }
  .btn:hover { transition: background-color .15s; }
  .btn-secondary { background: var(--surface); border-color: var(--brand); color: var(--brand); }
  .btn-quiet { background: transparent; color: var(--brand); text-decoration: underline; }
  .tag { display: inline-flex; padding: .125rem .5rem; border: 1px solid var(--accent); border-radius: 999rem; background: var(--tint); color: var(--text); font-size: .875rem; font-weight: 700; }
  .banner { border: 2px solid var(--accent); border-inline-start-width: 4px; border-radius: .25rem; background: var(--tint); color: var(--text); padding: 1rem; margin-block-end: 1.5rem; }
  .banner-heading { font-size: 1.25rem; font-weight: 700; }`;
  return `<!doctype html><html lang="mn"><head><meta charset="utf-8"><style>${css}</style>
<script>
  window.switchTheme = (on) => document.documentElement.classList.toggle('night', on);
  window.switchSize = (on) => document.documentElement.classList.toggle('large', on);
  window.ready = true;
</script></head><body>${items.join('\n')}</body></html>`;
}

/**
 * Both pages live side by side in iframes of one tab and are switched in turn, so a busy moment
 * of the machine hits both alike. Each switch is timed from the call to the next frame of that
 * document, with the frame's style and layout forced inside it.
 */
function harness() {
  return `<!doctype html><html><head><style>body{margin:0;display:flex}iframe{inline-size:50vw;block-size:100vh;border:0}</style></head>
<body><iframe id="ger" src="/ger.html"></iframe><iframe id="plain" src="/plain.html"></iframe></body></html>`;
}

async function measure(page, action) {
  return page.evaluate(
    async ({ action, runs }) => {
      const frames = { ger: document.getElementById('ger').contentWindow, plain: document.getElementById('plain').contentWindow };
      const once = async (win, on) => {
        await new Promise((resolve) => win.requestAnimationFrame(resolve));
        const start = win.performance.now();
        win[action](on);
        await new Promise((resolve) =>
          win.requestAnimationFrame(() => {
            win.document.body.getBoundingClientRect();
            resolve();
          }),
        );
        return win.performance.now() - start;
      };
      const times = { ger: [], plain: [] };
      for (let i = 0; i < runs; i += 1) {
        const order = i % 4 < 2 ? ['ger', 'plain'] : ['plain', 'ger'];
        for (const name of order) times[name].push(await once(frames[name], i % 2 === 0));
      }
      frames.ger[action](false);
      frames.plain[action](false);
      return times;
    },
    { action, runs: RUNS },
  );
}

/** Both switches on both pages, over several loads; a row per switch with the pooled and per-load medians. */
export async function measureDisplaySwitch() {
  const server = await serve({ '/ger.html': gerPage(), '/plain.html': plainPage(), '/harness.html': harness() });
  const browser = await chromium.launch({ executablePath: findBrowser('chromium'), headless: true, args: ['--no-sandbox'] });
  const pooled = { switchTheme: { ger: [], plain: [], loads: [] }, switchSize: { ger: [], plain: [], loads: [] } };
  try {
    for (let load = 0; load < LOADS; load += 1) {
      const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
      await page.goto(`${server.url}/harness.html`);
      await page.waitForFunction(() => ['ger', 'plain'].every((id) => document.getElementById(id).contentWindow.ready === true));
      await page.waitForTimeout(500);
      for (const action of ['switchTheme', 'switchSize']) {
        const times = await measure(page, action);
        pooled[action].ger.push(...times.ger);
        pooled[action].plain.push(...times.plain);
        pooled[action].loads.push(stats(times.ger).median / stats(times.plain).median);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return Object.entries(pooled).map(([action, { ger, plain, loads }]) => {
    const row = { action, ger: stats(ger), plain: stats(plain), loads, target: TARGET };
    return { ...row, ratio: row.ger.median / row.plain.median };
  });
}

export function formatSwitch(rows) {
  const ms = (v) => `${v.toFixed(1)} ms`.padStart(9);
  return [
    `Display switch on ${COUNT} elements, call -> next frame, ${LOADS} page loads x ${RUNS} switches each, pages side by side (Chromium)`,
    'switch        plain median  Ger median  Ger p95   ratio  target        each load',
    ...rows.map(
      (row) =>
        `${row.action.padEnd(12)}  ${ms(row.plain.median)}    ${ms(row.ger.median)}  ${ms(row.ger.p95)}  ${row.ratio.toFixed(2)}x  <= ${TARGET}x ${row.ratio <= TARGET ? 'ok  ' : 'OVER'}  ${row.loads.map((r) => `${r.toFixed(2)}x`).join(' ')}`,
    ),
  ].join('\n');
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  console.log(formatSwitch(await measureDisplaySwitch()));
}
