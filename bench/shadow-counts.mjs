// How many elements each component puts in its shadow tree, in its simplest story: DOM weight is
// paid by every element on the page (style, layout, memory), so it is watched like bytes.
// Each story of stories/<name>.stories.ts is rendered in Chromium as the story test renders it;
// the count is the elements in the shadow root of the story's first <ger-<name>>, nested Ger
// elements' shadow roots included, and the smallest count over the stories is its figure.
// Every story is also audited for what it renders but does not show (bench/lib/shadow-audit.js), at a
// desktop width and at 320 px:
// `node bench/shadow-counts.mjs [name …]` lists the counts per story and each hidden part with the
// reason it may stay, or NOT ALLOWED; bench/size.test.mjs fails on the latter.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, launchChromium, root, startServer } from './lib/harness.mjs';

const PAGE = `<!doctype html><html lang="mn"><head><meta charset="utf-8">
<link rel="stylesheet" href="/packages/tokens/dist/css/ger.css"><script type="module" src="/stories.js"></script></head><body></body></html>`;

/** The page side: renders every story of every module, counts its component's shadow elements and finds what it renders but does not show. */
const pageScript = (files) => `
import { render, nothing } from 'lit';
import { hiddenParts, shadowElements } from '${join(root, 'bench', 'lib', 'shadow-audit.js')}';
import { HIDDEN_PART_ALLOWANCES } from '${join(root, 'bench', 'shadow-allowances.mjs')}';
${files.map((file, i) => `import * as s${i} from '${join(root, 'stories', file)}';`).join('\n')}
const modules = [${files.map((file, i) => `[${JSON.stringify(file)}, s${i}]`).join(', ')}];
// A story that loads its data (the catalogue's src) is counted once the data has come and been
// rendered: what the reader sees, not a loading state (counted while loading, the catalogue's
// src story was its "simplest", 22 elements, or not, by how fast the machine was). Settled: no
// request in flight (its body read too) and every Lit element updated, over three frames.
let requests = 0;
const pageFetch = window.fetch.bind(window);
window.fetch = async (...args) => {
  requests++;
  try {
    const response = await pageFetch(...args);
    await response.clone().arrayBuffer();
    return response;
  } finally {
    requests--;
  }
};
const settle = async (node) => {
  for (let quiet = 0, pass = 0; quiet < 3 && pass < 600; pass++) {
    const pending = [];
    const visit = (n) => n.querySelectorAll('*').forEach((e) => { if (e.updateComplete) pending.push(e.updateComplete); if (e.shadowRoot) visit(e.shadowRoot); });
    visit(node);
    await Promise.all(pending);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    quiet = requests ? 0 : quiet + 1;
  }
};
window.countShadowElements = async () => {
  const results = {};
  for (const [file, module] of modules) {
    const tag = 'ger-' + file.replace('.stories.ts', '');
    const meta = module.default ?? {};
    for (const [name, story] of Object.entries(module)) {
      if (name === 'default' || name === '__namedExportsOrder' || meta.excludeStories?.includes(name)) continue;
      const annotations = typeof story === 'function' ? { render: story } : story;
      const renderStory = annotations?.render ?? meta.render;
      if (typeof renderStory !== 'function') continue;
      const container = document.body.appendChild(document.createElement('div'));
      render(renderStory({ ...meta.args, ...annotations.args }), container);
      await settle(container);
      const element = container.querySelector(tag) ?? [...container.querySelectorAll('*')].map((e) => e.shadowRoot?.querySelector(tag)).find(Boolean);
      if (element) {
        const shadow = shadowElements(element);
        const parts = hiddenParts(element, HIDDEN_PART_ALLOWANCES).map((part) => ({ ...part, story: name }));
        const notShown = parts.reduce((sum, part) => sum + part.elements, 0);
        const result = (results[tag] ??= { shadow: Infinity, notShown: 0, story: '', parts: [], stories: {} });
        result.stories[name] = shadow;
        if (shadow < result.shadow) Object.assign(result, { shadow, notShown, story: name });
        result.parts.push(...parts);
      }
      render(nothing, container);
      container.remove();
    }
  }
  return results;
};`;

/**
 * `{ 'ger-button': { shadow, notShown, story, parts }, … }`: each component's shadow elements in its
 * simplest story (`story`), how many of them are rendered but not shown there, and every hidden part
 * found in any of its stories (`{ owner, part, elements, reason, story }`; no reason: not allowed).
 */
export async function measureShadowCounts(names = []) {
  const files = readdirSync(join(root, 'stories'))
    .filter((file) => file.endsWith('.stories.ts') && (!names.length || names.includes(file.replace('.stories.ts', ''))))
    .sort();
  const entry = join(root, 'bench', 'out', 'shadow-counts-entry.js');
  mkdirSync(join(root, 'bench', 'out'), { recursive: true });
  writeFileSync(entry, pageScript(files));
  const server = await startServer({ '/stories.js': await bundle(entry), '/index.html': PAGE });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(error));
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => typeof window.countShadowElements === 'function');
    const results = await page.evaluate(() => window.countShadowElements());
    // A phone's width too: a part hidden there by a media or container query must have a reason as well.
    await page.setViewportSize({ width: 320, height: 640 });
    const narrow = await page.evaluate(() => window.countShadowElements());
    for (const [tag, result] of Object.entries(narrow)) {
      results[tag]?.parts.push(...result.parts.map((part) => ({ ...part, story: `${part.story} at 320 px` })));
    }
    return results;
  } finally {
    await browser.close();
    server.close();
  }
}

// `node bench/shadow-counts.mjs [name …]`: each component's count per story and what it renders but does not show.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [tag, result] of Object.entries(await measureShadowCounts(process.argv.slice(2)))) {
    console.log(`${tag}: ${result.shadow} shadow elements (${result.story}), ${result.notShown} not shown there`);
    console.log(
      `  per story: ${Object.entries(result.stories)
        .map(([story, count]) => `${story} ${count}`)
        .join(', ')}`,
    );
    for (const part of result.parts) console.log(`  ${part.story}: ${part.owner} ${part.part} (${part.elements}) ${part.reason ?? 'NOT ALLOWED'}`);
  }
}
