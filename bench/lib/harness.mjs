// What the browser benchmarks share: a static server for the repository, Chromium, page
// scripts bundled as the package ships (production Lit, minified) and statistics.
import { rollup } from 'rollup';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { minify, sourcePlugins } from '../../packages/components/scripts/rollup-plugins.mjs';
import { findBrowser } from '../../scripts/find-browser.mjs';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/**
 * Serves the repository on 127.0.0.1; `extra` maps paths to generated content. With `gzip`, text
 * goes gzipped to a browser that accepts it, as web servers and CDNs send it (for page-load
 * figures; the timing benchmarks leave it off, so the server's work stays out of them).
 */
export async function startServer(extra = {}, { gzip = false } = {}) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const file = normalize(join(root, path));
    const found = path in extra || (file.startsWith(root) && existsSync(file) && statSync(file).isFile());
    if (!found) {
      response.statusCode = 404;
      response.end();
      return;
    }
    const type = TYPES[extname(path)];
    const body = path in extra ? Buffer.from(extra[path]) : readFileSync(file);
    response.setHeader('content-type', type ?? 'application/octet-stream');
    if (gzip && type && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      response.setHeader('content-encoding', 'gzip');
      response.end(gzipSync(body));
      return;
    }
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

export async function launchChromium() {
  return chromium.launch({ executablePath: findBrowser('chromium'), args: ['--no-sandbox'] });
}

/**
 * Bundles a page script as the components ship: the package's own rollup plugins (TypeScript,
 * minified templates), Lit's production build, minified, one file.
 */
export async function bundle(entry) {
  const bundle = await rollup({ input: entry, plugins: [...sourcePlugins(), minify()], onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return output[0].code;
}

export const median = (values) => percentile(values, 50);

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export const ms = (value) => `${value.toFixed(1)} ms`;

/**
 * Runs `action` while Chromium traces `page`, and returns its result with the CPU time the page's
 * main thread spent meanwhile (thread time of its top-level tasks). On a busy machine wall time
 * includes waiting for a core; this does not, so it compares variants more steadily.
 */
export async function withMainThreadCpu(browser, page, action) {
  await browser.startTracing(page, { categories: ['toplevel', '__metadata'] });
  const result = await action();
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  const main = new Set(traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const tasks = traceEvents.filter((e) => e.ph === 'X' && e.tdur !== undefined && main.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts);
  let cpu = 0;
  let end = -Infinity;
  for (const task of tasks) {
    if (task.ts < end) continue; // nested in a task already counted
    cpu += task.tdur;
    end = task.ts + task.dur;
  }
  return { result, cpuMs: cpu / 1000 };
}
