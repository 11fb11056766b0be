#!/usr/bin/env node
/**
 * Build the Ger design tokens:
 *   node packages/tokens/build.mjs [--tokens DIR] [--pairs FILE] [--out DIR]
 * Works from any directory. Defaults: tokens/ at the repo root, tokens/contrast-pairs.json,
 * packages/tokens/dist/. Checks every declared contrast pair in every theme before writing;
 * exits 1, listing every problem, if a check fails.
 */
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildTokens } from './lib/build-tokens.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const started = performance.now();

try {
  const { values } = parseArgs({
    options: { tokens: { type: 'string' }, pairs: { type: 'string' }, out: { type: 'string' } },
  });
  const sourceDir = resolve(values.tokens ?? join(here, '..', '..', 'tokens'));
  const outDir = resolve(values.out ?? join(here, 'dist'));
  const { themes, files, report } = await buildTokens({
    sourceDir,
    outDir,
    pairsFile: values.pairs ? resolve(values.pairs) : join(sourceDir, 'contrast-pairs.json'),
  });
  const ms = Math.round(performance.now() - started);
  const { pairs, checks } = report.summary;
  const perDir = {};
  for (const file of files) perDir[file.split('/')[0]] = (perDir[file.split('/')[0]] ?? 0) + 1;
  const dirs = Object.entries(perDir)
    .map(([dir, n]) => `${dir} ${n}`)
    .join(', ');
  console.log(`@ger/tokens: built themes ${themes.join(', ')} in ${ms} ms`);
  console.log(`  contrast: ${pairs} pairs x ${themes.length} themes = ${checks} checks, all pass`);
  console.log(`  wrote ${files.length} files to ${relative(process.cwd(), outDir) || '.'}/ (${dirs})`);
} catch (error) {
  console.error(`@ger/tokens: build failed\n${error.message}`);
  process.exitCode = 1;
}
