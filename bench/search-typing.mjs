#!/usr/bin/env node
// Search as you type over the 1,448 services, in Chromium, key by key, side by side with a
// plain page (lower-case substring of the Mongolian title, list rewritten as static HTML of the
// same cards). Each keystroke is timed from the input event until
// the new results are styled and laid out (the work the next frame needs). The words are
// typed the way people type them: Cyrillic, Latin-typed Mongolian, English, with typos, and
// erased again, one key every 150 ms (a brisk typist). The catalogue shows the first results at
// once and fills in the rest of the list one slice per frame: the table also shows how long
// after the last key of a word the whole list is in order. Targets: median <= 16 ms, p95 < 50 ms
// per keystroke.
import { bundle, launchChromium, median, ms, percentile, root, startServer } from './lib/harness.mjs';

export const TARGETS = { median: 16, p95: 50 };
const DATA = '/packages/service-data/services.json';
export const WORDS = [
  'паспорт',
  'pasport',
  'unemleh',
  'иргэний үнэмлэх',
  'driving licence',
  'tatvar',
  'gazar dornod',
  'huuhdiin mungu',
  'pasprot',
  'tsetserleg',
];

const GAP = 150;

/** The keystrokes of typing each word and then erasing it; `pause` marks the last key of each. */
export function keystrokes(words = WORDS) {
  return words.flatMap((word) => {
    const typed = [...word].map((_, i) => ({ text: word.slice(0, i + 1), pause: i === word.length - 1 }));
    const erased = typed
      .slice(0, -1)
      .reverse()
      .map(({ text }) => ({ text, pause: false }));
    return [...typed, ...erased, { text: '', pause: true }];
  });
}

export async function measureTyping({ rounds = 3, log = () => {} } = {}) {
  const script = await bundle(`${root}bench/pages/search-typing.ts`);
  const page = `<!doctype html><html lang="mn"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/packages/tokens/dist/css/ger.css">
<script type="module" src="/bench.js"></script></head><body><main id="root"></main></body></html>`;
  const server = await startServer({ '/bench.js': script, '/page.html': page });
  const browser = await launchChromium();
  const keys = keystrokes();
  const times = { plain: [], ger: [] };
  const complete = { plain: [], ger: [] };
  try {
    // The plain page shows the same cards: their DOM as static HTML, read from rendered cards.
    const setup = await browser.newPage();
    await setup.goto(`${server.url}/page.html`);
    await setup.waitForFunction(() => window.typingBench);
    await setup.evaluate((url) => window.typingBench.setup('ger', url), DATA);
    const items = await setup.evaluate(() =>
      [...document.querySelector('ger-service-catalog').shadowRoot.querySelectorAll('ger-service-card')].map(
        (card) => `<li>${card.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '')}</li>`,
      ),
    );
    await setup.close();
    for (let round = 0; round < rounds; round++) {
      for (const variant of Object.keys(times)) {
        const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        tab.on('pageerror', (error) => console.error(error));
        await tab.goto(`${server.url}/page.html`);
        await tab.waitForFunction(() => window.typingBench);
        await tab.evaluate(([v, url, list]) => window.typingBench.setup(v, url, list), [variant, DATA, variant === 'plain' ? items : undefined]);
        for (const { text, pause } of keys) {
          times[variant].push(await tab.evaluate(([t, gap]) => window.typingBench.type(t, gap), [text, GAP]));
          if (pause) complete[variant].push(await tab.evaluate(() => window.typingBench.complete()));
        }
        await tab.close();
      }
      log(`  round ${round + 1}/${rounds}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  const row = (name, values) => ({ name, median: median(values), p95: percentile(values, 95), max: Math.max(...values), count: values.length });
  return [
    row('plain filter + static HTML (baseline)', times.plain),
    row('<ger-service-catalog>', times.ger),
    row('  whole list in order, after a word', complete.ger),
  ];
}

export function formatTyping(rows) {
  const [base, ger] = rows;
  const width = Math.max(...rows.map((row) => row.name.length));
  const lines = [
    `Search as you type over 1,448 services, input event to results laid out (Chromium, ${ger.count} keystrokes, one every ${GAP} ms)`,
    `${'variant'.padEnd(width)}  ${'median'.padStart(9)}  ${'p95'.padStart(9)}  ${'max'.padStart(9)}`,
  ];
  for (const row of rows) lines.push(`${row.name.padEnd(width)}  ${ms(row.median).padStart(9)}  ${ms(row.p95).padStart(9)}  ${ms(row.max).padStart(9)}`);
  lines.push(
    `ratio to baseline: median ${(ger.median / base.median).toFixed(2)}x, p95 ${(ger.p95 / base.p95).toFixed(2)}x`,
    `targets: median <= ${TARGETS.median} ms ${ger.median <= TARGETS.median ? 'ok' : 'OVER'}, p95 < ${TARGETS.p95} ms ${ger.p95 < TARGETS.p95 ? 'ok' : 'OVER'}`,
  );
  return lines.join('\n');
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const rows = await measureTyping({ log: (line) => process.stderr.write(`${line}\n`) });
  console.log(formatTyping(rows));
  const ger = rows[1];
  if (ger.median > TARGETS.median || ger.p95 >= TARGETS.p95) process.exit(1);
}
