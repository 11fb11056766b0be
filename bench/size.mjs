#!/usr/bin/env node
// npm run bench: gzip sizes of what a page downloads, beside Lit alone as the baseline.
// Each component entry is bundled with Lit inside, minified, as a site that uses only that
// component would ship it. Budget: 10 KB gzip per component entry with Lit.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { componentNames, distDir, srcDir } from '../packages/components/scripts/components.mjs';

export const BUDGET_BYTES = 10 * 1024;

const root = fileURLToPath(new URL('..', import.meta.url));

const gzip = (code) => gzipSync(code, { level: 9 }).length;

/**
 * An entry bundled with Lit inside, minified: `bytes` is what a page downloads to show the
 * component (the entry and everything it imports statically); `lazyBytes` is code the component
 * loads later with `import()` (the live chat's panel, on first open), measured on its own.
 */
async function bundledGzip(input) {
  const bundle = await rollup({
    input,
    plugins: [nodeResolve(), esbuild({ target: 'es2022', tsconfig: join(root, 'tsconfig.json') }), terser({ module: true, format: { comments: false } })],
    onwarn(warning) {
      // An unresolved import would silently leave Lit out and make the numbers lie.
      if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
    },
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const chunks = new Map(output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const staticClosure = (names, seen = new Set()) => {
    for (const name of names) {
      if (seen.has(name)) continue;
      seen.add(name);
      staticClosure(chunks.get(name).imports, seen);
    }
    return seen;
  };
  const entry = output.find((file) => file.type === 'chunk' && file.isEntry);
  const initial = staticClosure([entry.fileName]);
  const dynamic = [...initial].flatMap((name) => chunks.get(name).dynamicImports);
  const lazy = [...staticClosure(dynamic)].filter((name) => !initial.has(name));
  const code = (names) => [...names].map((name) => chunks.get(name).code).join('\n');
  return { bytes: gzip(code(initial)), lazyBytes: lazy.length ? gzip(code(lazy)) : 0 };
}

const fileGzip = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

/** Every measured row: { name, bytes, budget? }. */
export async function measureSizes() {
  const scratch = join(root, 'bench', 'out');
  mkdirSync(scratch, { recursive: true });
  const litOnly = join(scratch, 'lit-only.js');
  // The smallest real Lit element: what any Lit component costs before its own code.
  writeFileSync(
    litOnly,
    "import { LitElement, html, css } from 'lit';\n" +
      "class Hello extends LitElement { static styles = css`:host{display:block}`; static properties = { name: {} }; render() { return html`<p>${this.name}</p>`; } }\n" +
      "customElements.define('x-hello', Hello);\n",
  );
  const rows = [{ name: 'lit alone, one element (baseline)', bytes: (await bundledGzip(litOnly)).bytes }];
  for (const name of componentNames()) {
    const { bytes, lazyBytes } = await bundledGzip(join(srcDir, name, `${name}.ts`));
    rows.push({ name: `@ger/components/${name}.js + lit`, bytes, budget: BUDGET_BYTES });
    if (lazyBytes) rows.push({ name: `  ${name}: loaded on demand (import())`, bytes: lazyBytes });
  }
  rows.push({ name: 'cdn/ger.min.js (all, lit inside)', bytes: fileGzip(join(distDir, 'cdn', 'ger.min.js')) });
  rows.push({ name: '@ger/tokens css/ger.css', bytes: fileGzip(join(root, 'packages', 'tokens', 'dist', 'css', 'ger.css')) });
  return rows;
}

export function formatTable(rows) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
  const width = Math.max(...rows.map((row) => row.name.length));
  const lines = [`${'file'.padEnd(width)}  gzip       budget`, `${'-'.repeat(width)}  ---------  ----------`];
  for (const row of rows) {
    const budget = row.budget ? `${kb(row.budget)} ${row.bytes <= row.budget ? 'ok' : 'OVER'}` : '';
    lines.push(`${row.name.padEnd(width)}  ${kb(row.bytes).padStart(9)}  ${budget}`);
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await measureSizes();
  console.log(formatTable(rows));
  const over = rows.filter((row) => row.budget && row.bytes > row.budget);
  if (over.length) {
    console.error(`\nOver budget: ${over.map((row) => row.name).join(', ')}`);
    process.exit(1);
  }
}
