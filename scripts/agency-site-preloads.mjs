#!/usr/bin/env node
// Writes into every page of the agency site the files its Ger elements come in, as
// `<link rel="modulepreload">` after the autoloader: the browser then fetches them beside the
// autoloader instead of one round trip after it, and the page shows sooner on a slow link. The
// files are the build's (dist/cdn/files.json) for each `ger-*` tag written in the page;
// test/agency-site.test.mjs fails while a page lists others. After a change to the elements' files:
// `npm run build`, then `node scripts/agency-site-preloads.mjs`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const site = new URL('../examples/agency-site/', import.meta.url);
const CDN = 'node_modules/@ger/components/dist/cdn/';
/** The comment that opens the list, and the links after it. */
export const PRELOADS = /( *)<!-- This page's elements, fetched beside the autoloader[^>]*-->(?:\s*<link rel="modulepreload"[^>]*>)*/;

const dist = new URL('../packages/components/dist/', import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(new URL(path, dist), 'utf8'));

/** Each tag's elements that it renders and loads itself (`@dependency` in the manifest), such as the form's error summary. */
function dependencies(manifest = readJson('custom-elements.json')) {
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName);
  return Object.fromEntries(declarations.map((d) => [d.tagName, d.dependencies ?? []]));
}

/**
 * The files of the elements written in `html` and of those they render (relative to the site),
 * sorted: what their definitions need. Only files the page fetches anyway: a parent loads the
 * elements it renders. Parts an element imports itself once it is defined (the catalogue's
 * results, the form's validators) are not in files.json and still come a round trip later.
 */
export function preloadsFor(html, files = readJson('cdn/files.json'), rendered = dependencies()) {
  const tags = new Set(html.match(/(?<=<)ger-[a-z-]+/g));
  for (const tag of tags) for (const dependency of rendered[tag] ?? []) tags.add(dependency);
  const unknown = [...tags].filter((tag) => !files[tag]);
  if (unknown.length) throw new Error(`No files for ${unknown.join(', ')} in dist/cdn/files.json (npm run build)`);
  return [...new Set([...tags].flatMap((tag) => files[tag]))].sort().map((file) => `${CDN}${file}`);
}

/** The list as written in a page, indented as the autoloader's script tag is. */
export function preloadBlock(html, indent) {
  return [
    `${indent}<!-- This page's elements, fetched beside the autoloader rather than after it: one round trip less before the page shows (node scripts/agency-site-preloads.mjs writes the list). -->`,
    ...preloadsFor(html).map((href) => `${indent}<link rel="modulepreload" href="${href}" />`),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const page of readdirSync(site).filter((file) => file.endsWith('.html'))) {
    const html = readFileSync(new URL(page, site), 'utf8');
    const match = PRELOADS.exec(html);
    if (!match)
      throw new Error(`${page}: no list to replace (a comment "<!-- This page's elements, fetched beside the autoloader …-->" after the autoloader's script)`);
    writeFileSync(new URL(page, site), html.replace(PRELOADS, preloadBlock(html, match[1])));
  }
}
