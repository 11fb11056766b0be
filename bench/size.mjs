#!/usr/bin/env node
// npm run bench: gzip sizes of what a page downloads, beside Lit alone as the baseline.
// Each component entry is bundled with Lit inside, minified, as a site that uses only that
// component would ship it. Budget: 10 KB gzip per component entry with Lit.
//
// A component that renders other Ger components (the catalogue renders service cards) is
// budgeted by its own code instead: its entry without Lit and without the components it
// renders, which are measured and budgeted on their own rows. Its whole entry is shown too.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { componentNames, distDir, srcDir } from '../packages/components/scripts/components.mjs';
import { minifyCssLiterals } from '../scripts/minify-css-literals.mjs';

export const BUDGET_BYTES = 10 * 1024;

/** Components that render other components: their own code's budget, and what they render. */
export const OWN_CODE_BUDGETS = {
  'service-catalog': { bytes: 8 * 1024, renders: ['service-card'] },
};
const root = fileURLToPath(new URL('..', import.meta.url));

const isLit = (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/.test(id);

/** The files a component entry is made of (its own, the shared ones, Lit's). */
async function modulesOf(input) {
  const bundle = await rollup({ input, plugins: [nodeResolve(), esbuild({ target: 'es2022', tsconfig: join(root, 'tsconfig.json') })] });
  const ids = new Set(bundle.cache.modules.map((module) => module.id));
  await bundle.close();
  return ids;
}

async function bundledGzip(input, external = () => false) {
  const bundle = await rollup({
    input,
    external,
    plugins: [minifyCssLiterals(), nodeResolve(), esbuild({ target: 'es2022', tsconfig: join(root, 'tsconfig.json') }), terser({ module: true, format: { comments: false } })],
    onwarn(warning) {
      // An unresolved import would silently leave Lit out and make the numbers lie.
      if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
    },
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return gzipSync(output[0].code, { level: 9 }).length;
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
  const rows = [{ name: 'lit alone, one element (baseline)', bytes: await bundledGzip(litOnly) }];
  for (const name of componentNames()) {
    const entry = join(srcDir, name, `${name}.ts`);
    const own = OWN_CODE_BUDGETS[name];
    if (!own) {
      rows.push({ name: `@ger/components/${name}.js + lit`, bytes: await bundledGzip(entry), budget: BUDGET_BYTES });
      continue;
    }
    const rendered = new Set();
    for (const other of own.renders) for (const id of await modulesOf(join(srcDir, other, `${other}.ts`))) rendered.add(id);
    rows.push({ name: `@ger/components/${name}.js + lit (with ${own.renders.join(', ')})`, bytes: await bundledGzip(entry) });
    rows.push({
      name: `  ${name} own code (without lit, ${own.renders.join(', ')})`,
      bytes: await bundledGzip(entry, (id) => isLit(id) || rendered.has(id)),
      budget: own.bytes,
      ownCode: true,
    });
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
