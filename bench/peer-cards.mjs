#!/usr/bin/env node
// Ger's service card beside its peers, on the path a server template or a CMS takes: 1,448
// cards written as HTML with attributes, inserted at once, timed from the insertion to the first
// frame after every card has rendered, in headless Chromium. The same visible content each time
// (a linked heading, the agency, the description):
//   static HTML   <article> with a linked <h2> and two paragraphs (the baseline)
//   bare Lit      a Lit element rendering that markup and no logic (reference)
//   Ger           <ger-service-card heading href agency description>
//   Shoelace      <sl-card> 2.20 with the heading in its header slot
//   GCDS          <gcds-card card-title href> with the paragraphs slotted
// Each variant is a fresh page with only its own library, loaded and idle before the cards come;
// the rounds take the variants in turn, each round starting with the next one, so a busy moment
// of the machine hits all alike.
// Target: Ger at most 1.3x static and faster than every other library (bare Lit is no library).
import { readFileSync } from 'node:fs';
import { bundle, launchChromium, median, ms, root, startServer, withMainThreadCpu } from './lib/harness.mjs';
import { CARD_CSS, cardBody, escapeHtml } from './pages/peers/static-card.js';

export const TARGET_RATIO = 1.3;
const ROUNDS = Number(process.env.GER_BENCH_ROUNDS ?? 7);
const SETTLE_MS = 500;

const services = JSON.parse(readFileSync(`${root}packages/service-data/services.json`, 'utf8'));
/** Each service's Mongolian texts, escaped once for markup. */
const texts = services.map((service) => ({
  title: escapeHtml(service.title.mn),
  href: escapeHtml(service.href),
  agency: escapeHtml(service.agency.mn),
  description: escapeHtml(service.description.mn),
}));

/** Each variant: its library's page script (if any), its stylesheets, the markup of one card and its tag. */
export const VARIANTS = {
  static: { name: 'static HTML (baseline)', card: (t) => `<article class="card">${cardBody(t)}</article>` },
  bare: {
    name: 'bare Lit card (reference)',
    entry: `${root}bench/pages/peers/bare.ts`,
    tag: 'bare-card',
    card: (t) => `<bare-card heading="${t.title}" href="${t.href}" agency="${t.agency}" description="${t.description}"></bare-card>`,
  },
  ger: {
    name: 'Ger <ger-service-card>',
    entry: `${root}bench/pages/peers/ger.ts`,
    css: ['/packages/tokens/dist/css/ger.css'],
    tag: 'ger-service-card',
    card: (t) => `<ger-service-card heading="${t.title}" href="${t.href}" agency="${t.agency}" description="${t.description}"></ger-service-card>`,
    target: TARGET_RATIO,
  },
  shoelace: {
    name: 'Shoelace 2.20 <sl-card>',
    entry: `${root}bench/pages/peers/shoelace.ts`,
    css: ['/node_modules/@shoelace-style/shoelace/dist/themes/light.css'],
    tag: 'sl-card',
    card: (t) => `<sl-card><h2 slot="header"><a href="${t.href}">${t.title}</a></h2><p class="agency">${t.agency}</p><p>${t.description}</p></sl-card>`,
  },
  gcds: {
    name: 'GC Design System <gcds-card>',
    entry: `${root}bench/pages/peers/gcds.ts`,
    css: ['/node_modules/@cdssnc/gcds-components/dist/gcds/gcds.css'],
    tag: 'gcds-card',
    card: (t) => `<gcds-card card-title="${t.title}" href="${t.href}" card-title-tag="h2"><p class="agency">${t.agency}</p><p>${t.description}</p></gcds-card>`,
  },
};

/** The page side: waits for its element, then times one insertion of every card. */
const PAGE_SCRIPT = `
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
/** Lit elements are rendered when updateComplete resolves, Stencil's when componentOnReady does. */
const rendered = (card) => (card.componentOnReady ? card.componentOnReady() : card.updateComplete);
window.insertCards = async (markup, tag) => {
  await nextFrame();
  const root = document.getElementById('root');
  const started = performance.now();
  root.innerHTML = markup;
  if (tag) await Promise.all([...root.children].map(rendered));
  await nextFrame();
  const elapsed = performance.now() - started;
  return { elapsed, cards: root.children.length };
};`;

const page = ({ css = [], entry, tag }) => `<!doctype html>
<html lang="mn"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
${css.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n')}
<style>${CARD_CSS} main { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); }</style>
${entry ? '<script type="module" src="/lib.js"></script>' : ''}
<script type="module">${PAGE_SCRIPT}
${tag ? `await customElements.whenDefined('${tag}');` : ''}
window.ready = true;</script></head>
<body><main id="root"></main></body></html>`;

/**
 * Times each of `variants` (as VARIANTS above) over `rounds` fresh pages and returns the median
 * of each and its ratio to the `static` variant, in wall time (the target) and in the main
 * thread's CPU time (steadier on a shared machine): [{ key, name, ms, ratio, cpuMs, cpuRatio, target? }].
 */
export async function measureVariants(variants, { rounds = ROUNDS, log = () => {} } = {}) {
  const scripts = {};
  for (const [key, variant] of Object.entries(variants)) if (variant.entry) scripts[key] = await bundle(variant.entry);
  const pages = Object.fromEntries(Object.entries(variants).map(([key, variant]) => [`/${key}.html`, page(variant)]));
  const server = await startServer(pages);
  const browser = await launchChromium();
  const times = Object.fromEntries(Object.keys(variants).map((key) => [key, []]));
  const cpu = Object.fromEntries(Object.keys(variants).map((key) => [key, []]));
  try {
    const entries = Object.entries(variants);
    for (let round = 0; round < rounds; round++) {
      // Each round starts with another variant: the first page of a round meets the teardown of
      // the last round's pages (static HTML, always first, varied by half), so no variant may
      // always take that place.
      const order = [...entries.slice(round % entries.length), ...entries.slice(0, round % entries.length)];
      for (const [key, variant] of order) {
        const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        tab.on('pageerror', (error) => console.error(`${key}: ${error}`));
        // Only this machine: the peers' web fonts and icons would come from their CDNs.
        await tab.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
        if (scripts[key]) await tab.route('**/lib.js', (route) => route.fulfill({ contentType: 'text/javascript', body: scripts[key] }));
        await tab.goto(`${server.url}/${key}.html`);
        await tab.waitForFunction(() => window.ready === true);
        await tab.waitForTimeout(SETTLE_MS);
        const markup = texts.map(variant.card).join('\n');
        const insert = () => tab.evaluate(([m, tag]) => window.insertCards(m, tag), [markup, variant.tag]);
        const { result, cpuMs } = await withMainThreadCpu(browser, tab, insert);
        if (result.cards !== services.length) throw new Error(`${key}: ${result.cards} cards rendered, not ${services.length}`);
        times[key].push(result.elapsed);
        cpu[key].push(cpuMs);
        await tab.close();
      }
      log(`  round ${round + 1}/${rounds}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  const base = median(times.static);
  const baseCpu = median(cpu.static);
  return Object.entries(variants).map(([key, { name, target }]) => ({
    key,
    name,
    ms: median(times[key]),
    ratio: median(times[key]) / base,
    cpuMs: median(cpu[key]),
    cpuRatio: median(cpu[key]) / baseCpu,
    target,
  }));
}

/** Ger, static HTML, bare Lit and the peers, side by side. */
export const measurePeerCards = (options) => measureVariants(VARIANTS, options);

/** Ger's misses: over its ratio, or slower than another library (bare Lit and static aside). */
export function peerFailures(rows) {
  const ger = rows.find((row) => row.key === 'ger');
  const failures = [];
  if (ger.ratio > ger.target) failures.push(`Ger's card ${ger.ratio.toFixed(2)}x static (target ${ger.target}x)`);
  for (const row of rows) if (!['static', 'bare', 'ger'].includes(row.key) && row.ms < ger.ms) failures.push(`Ger's card slower than ${row.name}`);
  return failures;
}

export function formatPeers(rows, rounds = ROUNDS) {
  const width = Math.max(...rows.map((row) => row.name.length));
  return [
    `1,448 cards written as HTML and inserted at once, to the frame after they render (Chromium, median of ${rounds} fresh pages each)`,
    `${'variant'.padEnd(width)}  ${'median'.padStart(10)}  ratio  ${'main-thread CPU'.padStart(15)}  ratio`,
    ...rows.map((row) => {
      const target = row.target ? `  target <= ${row.target.toFixed(2)}x ${row.ratio <= row.target ? 'ok' : 'OVER'}` : '';
      return `${row.name.padEnd(width)}  ${ms(row.ms).padStart(10)}  ${row.ratio.toFixed(2)}x  ${ms(row.cpuMs).padStart(15)}  ${row.cpuRatio.toFixed(2)}x${target}`;
    }),
  ].join('\n');
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const rows = await measurePeerCards({ log: (line) => process.stderr.write(`${line}\n`) });
  console.log(formatPeers(rows));
  const failures = peerFailures(rows);
  if (failures.length) {
    console.error(`\nMissed: ${failures.join('; ')}`);
    process.exit(1);
  }
}
