#!/usr/bin/env node
// The JavaScript the agency site's service page downloads through the CDN autoloader: the sum of
// the gzip sizes of every script response (the autoloader, each element's chunk, the shared
// chunks, the site's own scripts), beside the all-in-one bundle that a page could load instead.
// Target: at most 25 KB gzip (issue 16). Needs `npm run build` first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, root, startServer } from './lib/harness.mjs';

export const PAGE_WEIGHT_TARGET = 25 * 1024;
export const SITE = '/examples/agency-site/';
const ALL_IN_ONE = 'packages/components/dist/cdn/ger.min.js';

/**
 * A page of the site as the repository serves it: the site links the installed packages under its
 * own node_modules/, which here are the workspace's built packages (the same files as the tarballs').
 */
export function sitePage(file = 'service.html') {
  const html = readFileSync(join(root, SITE, file), 'utf8')
    .replaceAll('node_modules/@ger/components/', '/packages/components/')
    .replaceAll('node_modules/@ger/tokens/', '/packages/tokens/');
  return html.replace('<head>', `<head>\n    <base href="${SITE}" />`);
}

/** Loads the service page until every Ger element is defined; returns each script's gzip size. */
export async function measurePageWeight() {
  const server = await startServer({ [`${SITE}service.html`]: sitePage('service.html') });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const scripts = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response);
    });
    await page.goto(`${server.url}${SITE}service.html`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => [...document.querySelectorAll('*')].every((e) => !e.localName.startsWith('ger-') || customElements.get(e.localName)));
    const bodies = await Promise.all(scripts.map(async (response) => ({ path: new URL(response.url()).pathname, body: await response.body() })));
    const rows = bodies.map(({ path, body }) => ({ path, bytes: gzip(body) }));
    return {
      rows,
      total: rows.reduce((sum, row) => sum + row.bytes, 0),
      // The same code in one gzip stream: what these files would weigh bundled into one, without the per-file cost.
      oneStream: gzip(Buffer.concat(bodies.map(({ body }) => body))),
      allInOne: gzip(readFileSync(join(root, ALL_IN_ONE))),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export function formatPageWeight({ rows, total, oneStream, allInOne }) {
  const lines = [
    'JavaScript the agency site\u2019s service page downloads (gzip)',
    `  through the autoloader: ${kb(total).padStart(8)} in ${rows.length} files (target \u2264 ${kb(PAGE_WEIGHT_TARGET)})`,
    `  the same files as one:  ${kb(oneStream).padStart(8)} (one gzip stream: the cost of ${rows.length} files is ${kb(total - oneStream)})`,
    `  all-in-one ger.min.js:  ${kb(allInOne).padStart(8)} (every element, one file)`,
  ];
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const weight = await measurePageWeight();
  for (const row of weight.rows) console.log(`  ${kb(row.bytes).padStart(8)}  ${row.path}`);
  console.log(formatPageWeight(weight));
  if (weight.total > PAGE_WEIGHT_TARGET) process.exitCode = 1;
}
