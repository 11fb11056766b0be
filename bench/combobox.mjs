#!/usr/bin/env node
// A combobox of every bag and khoroo of Mongolia (5,000 options, stories/support/places.ts),
// typed letter by letter in Chromium, beside a native <input list> + <datalist> with the same
// options. Each keystroke is timed from the input event until the page is styled and laid out
// with the new list. The words are typed as people type them: Cyrillic, Latin letters without
// ө/ү, a typo, a numbered bag; then erased. One key every 150 ms. Target: median <= 16 ms.
//
// The native field's own list is drawn by the browser outside the page (and not at all in
// headless Chromium): its figure is the page's share only, the least a page can spend.
import { bundle, launchChromium, median, ms, percentile, root, startServer } from './lib/harness.mjs';
import { keystrokes } from './search-typing.mjs';

export const COMBOBOX_TARGET = { median: 16 };
const WORDS = ['hovsgol', 'Тариат', 'bayanbulag', '5-р баг', 'ulaan uul', 'erdnebulgan', 'tsagaan ovoo', 'өлзийт'];
const GAP = 150;

export async function measureCombobox({ rounds = 2, log = () => {} } = {}) {
  const script = await bundle(`${root}bench/pages/combobox.ts`);
  const page = `<!doctype html><html lang="mn"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/packages/tokens/dist/css/ger.css"><script type="module" src="/bench.js"></script></head><body><main id="root"></main></body></html>`;
  const server = await startServer({ '/bench.js': script, '/page.html': page });
  const browser = await launchChromium();
  const keys = keystrokes(WORDS);
  const times = { native: [], ger: [] };
  let options = 0;
  try {
    for (let round = 0; round < rounds; round++) {
      for (const variant of Object.keys(times)) {
        const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        tab.on('pageerror', (error) => console.error(error));
        await tab.goto(`${server.url}/page.html`);
        await tab.waitForFunction(() => window.comboboxBench);
        options = await tab.evaluate((v) => window.comboboxBench.setup(v), variant);
        for (const { text } of keys) times[variant].push(await tab.evaluate(([t, gap]) => window.comboboxBench.type(t, gap), [text, GAP]));
        await tab.close();
      }
      log(`  round ${round + 1}/${rounds}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  const row = (name, values) => ({ name, median: median(values), p95: percentile(values, 95), max: Math.max(...values), count: values.length });
  return { options, rows: [row('<input list> + <datalist> (baseline, page share only)', times.native), row('<ger-combobox>', times.ger)] };
}

export function formatCombobox({ options, rows }) {
  const [, ger] = rows;
  const width = Math.max(...rows.map((row) => row.name.length));
  const lines = [
    `Combobox of ${options.toLocaleString('en')} bags typed letter by letter, input event to list laid out (Chromium, ${ger.count} keystrokes, one every ${GAP} ms)`,
    `${'variant'.padEnd(width)}  ${'median'.padStart(9)}  ${'p95'.padStart(9)}  ${'max'.padStart(9)}`,
  ];
  for (const row of rows) lines.push(`${row.name.padEnd(width)}  ${ms(row.median).padStart(9)}  ${ms(row.p95).padStart(9)}  ${ms(row.max).padStart(9)}`);
  lines.push(`target: median <= ${COMBOBOX_TARGET.median} ms ${ger.median <= COMBOBOX_TARGET.median ? 'ok' : 'OVER'}`);
  return lines.join('\n');
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const result = await measureCombobox({ log: (line) => process.stderr.write(`${line}\n`) });
  console.log(formatCombobox(result));
  if (result.rows[1].median > COMBOBOX_TARGET.median) process.exit(1);
}
