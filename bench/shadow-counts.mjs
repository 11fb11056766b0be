// How many elements each component puts in its shadow tree, in its simplest story: DOM weight is
// paid by every element on the page (style, layout, memory), so it is watched like bytes.
// Each story of stories/<name>.stories.ts is rendered in Chromium as the story test renders it;
// the count is the elements in the shadow root of the story's first <ger-<name>>, nested Ger
// elements' shadow roots included, and the smallest count over the stories is its figure.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundle, launchChromium, root, startServer } from './lib/harness.mjs';

const PAGE = `<!doctype html><html lang="mn"><head><meta charset="utf-8">
<link rel="stylesheet" href="/packages/tokens/dist/css/ger.css"><script type="module" src="/stories.js"></script></head><body></body></html>`;

/** The page side: renders every story of every module and counts its component's shadow elements. */
const pageScript = (files) => `
import { render, nothing } from 'lit';
${files.map((file, i) => `import * as s${i} from '${join(root, 'stories', file)}';`).join('\n')}
const modules = [${files.map((file, i) => `[${JSON.stringify(file)}, s${i}]`).join(', ')}];
const settle = async (node) => {
  for (let pass = 0; pass < 3; pass++) {
    const pending = [];
    const visit = (n) => n.querySelectorAll('*').forEach((e) => { if (e.updateComplete) pending.push(e.updateComplete); if (e.shadowRoot) visit(e.shadowRoot); });
    visit(node);
    await Promise.all(pending);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
};
const shadowElements = (element) => {
  let count = 0;
  const visit = (node) => node.querySelectorAll('*').forEach((e) => { if (e.localName !== 'style') count++; if (e.shadowRoot) visit(e.shadowRoot); });
  if (element.shadowRoot) visit(element.shadowRoot);
  return count;
};
window.countShadowElements = async () => {
  const counts = {};
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
      if (element) counts[tag] = Math.min(counts[tag] ?? Infinity, shadowElements(element));
      render(nothing, container);
      container.remove();
    }
  }
  return counts;
};`;

/** `{ 'ger-button': 2, … }`: each component's shadow elements in its simplest story. */
export async function measureShadowCounts() {
  const files = readdirSync(join(root, 'stories'))
    .filter((file) => file.endsWith('.stories.ts'))
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
    return await page.evaluate(() => window.countShadowElements());
  } finally {
    await browser.close();
    server.close();
  }
}
