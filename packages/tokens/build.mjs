#!/usr/bin/env node
/**
 * Build the Ger design tokens: node packages/tokens/build.mjs (from any directory).
 * Reads tokens/ at the repo root, checks every declared contrast pair in every theme,
 * writes packages/tokens/dist/. Exits 1, listing every problem, if a check fails.
 */
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTokens } from './lib/build-tokens.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const started = performance.now();

try {
  const { themes, files, report } = await buildTokens({
    sourceDir: join(root, 'tokens'),
    outDir: join(here, 'dist'),
    pairsFile: join(root, 'tokens', 'contrast-pairs.json'),
  });
  const ms = Math.round(performance.now() - started);
  const { pairs, checks } = report.summary;
  console.log(`@ger/tokens: built themes ${themes.join(', ')} in ${ms} ms`);
  console.log(`  contrast: ${pairs} pairs x ${themes.length} themes = ${checks} checks, all pass`);
  const perDir = {};
  for (const file of files) perDir[file.split('/')[0]] = (perDir[file.split('/')[0]] ?? 0) + 1;
  const dirs = Object.entries(perDir).map(([dir, n]) => `${dir} ${n}`).join(', ');
  console.log(`  wrote ${files.length} files to ${relative(process.cwd(), join(here, 'dist')) || '.'}/ (${dirs})`);
} catch (error) {
  console.error(`@ger/tokens: build failed\n${error.message}`);
  process.exitCode = 1;
}
