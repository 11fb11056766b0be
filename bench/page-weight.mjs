#!/usr/bin/env node
// The JavaScript the agency site's service page downloads through the CDN autoloader: the sum of
// the gzip sizes of every script response (the autoloader, each element's chunk, the shared
// chunks, the site's own scripts), beside the all-in-one bundle that a page could load instead.
// Target: at most 25 KB gzip (issue 16). Needs `npm run build` first.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, root, startServer } from './lib/harness.mjs';
import { sizesBySource } from './lib/source-sizes.mjs';

export const PAGE_WEIGHT_TARGET = 25 * 1024;
export const SITE = '/examples/agency-site/';
const ALL_IN_ONE = 'packages/components/dist/cdn/ger.min.js';

/**
 * A page of the agency site as the repository serves it: the site links the installed packages under its
 * own node_modules/, which here are the workspace's built packages (the same files as the tarballs').
 */
export function sitePage(name = 'service.html') {
  const html = readFileSync(join(root, 'examples/agency-site', name), 'utf8')
    .replaceAll('node_modules/@ger/components/', '/packages/components/')
    .replaceAll('node_modules/@ger/tokens/', '/packages/tokens/');
  return html.replace('<head>', `<head>\n    <base href="${SITE}" />`);
}

/**
 * What the reader uses first on the page, each with the element whose shadow root holds it: the
 * parts that load then are measured apart from the page's own weight.
 */
const FIRST_USES = [{ name: 'display settings opened', path: ['ger-header', 'ger-display-settings'], press: '[part="toggle"]', shows: '[part="panel"]' }];

/**
 * Loads a page of the agency site until every Ger element is defined; returns each script's gzip size,
 * then the scripts each first use adds. Scripts are told by URL (`.js`), so a modulepreload is
 * counted as what it is: a script the page downloads.
 */
export async function measurePageWeight(name = 'service.html') {
  const server = await startServer({ [`${SITE}${name}`]: sitePage(name) });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const responses = new Map();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith('.js') && !responses.has(url.href)) responses.set(url.href, response);
    });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      // The browser's own request for /favicon.ico is no error of the page's.
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(`${message.text()} ${message.location().url}`);
    });
    await page.goto(`${server.url}${SITE}${name}`, { waitUntil: 'networkidle' });
    await page.waitForFunction(allDefined);
    // A last look after a quiet second: anything loaded on idle or on a timer counts too.
    await page.waitForTimeout(1000);
    await page.waitForLoadState('networkidle');
    // Scripts written into the page count too (the display settings' head snippet), each as if gzipped alone.
    const inline = await page.$$eval('script:not([src])', (scripts) => scripts.map((script) => script.textContent));
    const rows = [
      ...(await sizes([...responses.values()])),
      ...inline.map((code, i) => ({ path: `${SITE}${name} <script> ${i + 1}`, body: Buffer.from(code), bytes: gzip(Buffer.from(code)), inline: true })),
    ];
    const firstUses = [];
    for (const use of FIRST_USES) {
      const before = new Set(responses.keys());
      await page.evaluate(inShadow, { path: use.path, selector: use.press, press: true });
      await page.waitForFunction(inShadow, { path: use.path, selector: use.shows });
      await page.waitForLoadState('networkidle');
      const added = await sizes([...responses].filter(([url]) => !before.has(url)).map(([, response]) => response));
      firstUses.push({ name: use.name, rows: added, total: sum(added) });
    }
    if (errors.length) throw new Error(`${name} reported errors:\n${errors.join('\n')}`);
    return {
      rows,
      total: sum(rows),
      // The same code in one gzip stream: what these files would weigh bundled into one, without the per-file cost.
      oneStream: gzip(Buffer.concat(rows.map((row) => row.body))),
      firstUses,
      allInOne: gzip(readFileSync(join(root, ALL_IN_ONE))),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/** In the page: every element named `ger-*` is defined (also those in Ger elements' shadow roots). */
function allDefined() {
  const undefinedIn = (root) =>
    [...root.querySelectorAll('*')].some(
      (e) => (e.localName.startsWith('ger-') && !customElements.get(e.localName)) || (e.shadowRoot && undefinedIn(e.shadowRoot)),
    );
  return !undefinedIn(document);
}

/**
 * In the page: the element matching `selector` in the shadow root of the element at the end of
 * `path` is there; pressed too when `press` is set.
 */
function inShadow({ path, selector, press = false }) {
  let root = document;
  for (const tag of path) root = root.querySelector(tag).shadowRoot;
  const target = root.querySelector(selector);
  if (press) target.click();
  return target !== null;
}

async function sizes(responses) {
  return Promise.all(
    responses.map(async (response) => {
      const body = await response.body();
      return { path: new URL(response.url()).pathname, body, bytes: gzip(body) };
    }),
  );
}

const sum = (rows) => rows.reduce((total, row) => total + row.bytes, 0);
/** `10 files`, or `10 files and 1 inline script`. */
const files = (rows) => {
  const inline = rows.filter((row) => row.inline).length;
  return `${rows.length - inline} files${inline ? ` and ${inline} inline script${inline > 1 ? 's' : ''}` : ''}`;
};
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export function formatPageWeight({ rows, total, oneStream, firstUses, allInOne }) {
  const over = total > PAGE_WEIGHT_TARGET;
  const lines = [
    'JavaScript the agency site\u2019s service page downloads (gzip)',
    `  through the autoloader: ${kb(total).padStart(8)} in ${files(rows)} (target \u2264 ${kb(PAGE_WEIGHT_TARGET)})`,
    `  the same files as one:  ${kb(oneStream).padStart(8)} (one gzip stream: the cost of ${files(rows)} is ${kb(total - oneStream)})`,
    `  all-in-one ger.min.js:  ${kb(allInOne).padStart(8)} (every element, one file)`,
    ...firstUses.map(
      (use) => `  then, ${use.name}: ${kb(use.total)} more in ${use.rows.length} files (${use.rows.map((row) => row.path.split('/').at(-1)).join(', ')})`,
    ),
    // Over the target, what the weight is made of says where the rest would have to come from.
    ...(over
      ? [
          `  what the ${kb(total)} are, ${kb(total - PAGE_WEIGHT_TARGET)} over the target (parts under 0.05 KB left out):`,
          ...pageComposition(rows, oneStream)
            .filter(({ bytes }) => bytes >= 50)
            .map(({ part, bytes }) => `  ${kb(bytes).padStart(10)}  ${part}`),
        ]
      : []),
  ];
  return lines.join('\n');
}

/**
 * The page's weight by what it is for: Lit, Ger's shared code, the autoloader, the display
 * preferences store, each element (with its styles, strings and parts), the site's own scripts,
 * and the cost of downloading them as several files. The modules' shares are scaled to the same
 * code in one gzip stream, so the parts and the cost of the files add up to the total. Largest first.
 */
export function pageComposition(rows, oneStream) {
  const total = sum(rows);
  const parts = new Map();
  for (const { module, bytes } of moduleWeights(rows)) {
    const part = partOf(module);
    parts.set(part, (parts.get(part) ?? 0) + (bytes * oneStream) / total);
  }
  return [...parts, [`the cost of ${files(rows)} instead of one (gzip starts each file afresh)`, total - oneStream]]
    .map(([part, bytes]) => ({ part, bytes }))
    .sort((a, b) => b.bytes - a.bytes);
}

/** The part a module belongs to, as `moduleName` writes it (`src/header/header.styles.ts` is `<ger-header>`'s). */
function partOf(module) {
  if (/^(lit|lit-html|lit-element|@lit)\//.test(module)) return 'Lit';
  if (module === 'src/autoloader.ts') return 'the autoloader: its runtime and the list of every element\u2019s files';
  if (module.startsWith('src/preferences/') || module === 'src/controllers/preferences.ts')
    return 'the display preferences store (applies stored settings, follows other tabs)';
  const element = /^src\/(?:locales\/)?([a-z-]+)(?:\/|\.ts$)/.exec(module)?.[1];
  if (element && existsSync(join(root, 'packages/components/src', element, `${element}.ts`))) return `<ger-${element}>`;
  if (module.startsWith('src/styles/')) return 'Ger\u2019s shared styles (each element\u2019s own are with it)';
  if (module.startsWith('src/')) return 'Ger\u2019s shared code: base element, localization and helpers';
  if (module.includes(' <script> ')) return `the display settings\u2019 head snippet, written into ${module.split('/').at(-1).split(' ')[0]}`;
  if (module.startsWith('examples/')) return `the site\u2019s own ${module.split('/').at(-1)}`;
  return module;
}

/**
 * What the downloaded files are made of, per source module: each file's gzip size shared among
 * its modules in proportion to their minified characters (from the file's source map; a file
 * without one counts as one module). Largest first.
 */
export function moduleWeights(rows) {
  const weights = new Map();
  for (const { path, body, bytes } of rows) {
    const file = join(root, path);
    const code = body.toString('utf8');
    const sizes = existsSync(`${file}.map`)
      ? [...sizesBySource(code, JSON.parse(readFileSync(`${file}.map`, 'utf8')))].map(([source, size]) => [moduleName(join(dirname(file), source)), size])
      : [[path.slice(1), code.length]];
    for (const [module, size] of sizes) weights.set(module, (weights.get(module) ?? 0) + (bytes * size) / code.length);
  }
  return [...weights].map(([module, bytes]) => ({ module, bytes })).sort((a, b) => b.bytes - a.bytes);
}

/** `lit-html/lit-html.js`, `src/header/header.ts`: a module's path as a reader knows it. */
function moduleName(path) {
  const name = relative(root, path);
  return name.includes('node_modules/') ? name.slice(name.lastIndexOf('node_modules/') + 'node_modules/'.length) : name.replace('packages/components/', '');
}

/** The site's other pages, measured the same way when this file is run with `--all-pages`. */
const OTHER_PAGES = ['index.html', 'passport.html', 'track.html', 'contact.html'];

if (import.meta.url === `file://${process.argv[1]}`) {
  const weight = await measurePageWeight();
  for (const row of weight.rows) console.log(`  ${kb(row.bytes).padStart(8)}  ${row.path}`);
  console.log(formatPageWeight(weight));
  if (process.argv.includes('--modules')) {
    console.log('What it is made of, per module (gzip, each file shared among its modules by their minified size):');
    for (const { module, bytes } of moduleWeights(weight.rows)) if (bytes >= 50) console.log(`  ${kb(bytes).padStart(8)}  ${module}`);
  }
  if (process.argv.includes('--all-pages')) {
    console.log('The other pages, the same way:');
    for (const name of OTHER_PAGES) {
      const other = await measurePageWeight(name);
      console.log(`  ${name.padEnd(14)} ${kb(other.total).padStart(8)} in ${other.rows.length} files`);
    }
  }
  if (weight.total > PAGE_WEIGHT_TARGET) process.exitCode = 1;
}
