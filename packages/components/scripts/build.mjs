#!/usr/bin/env node
// npm run build:components: bundles, type declarations and the Custom Elements Manifest.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { join } from 'node:path';
import { componentNames, distDir, packageDir } from './components.mjs';
import { buildAutoloader } from './autoloader.mjs';
import { buildManifest } from './manifest.mjs';

const root = join(packageDir, '..', '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (label, command, args, cwd = root) => {
  const started = Date.now();
  execFileSync(command, args, { cwd, stdio: 'inherit' });
  console.log(`  ${label} (${Date.now() - started} ms)`);
};

rmSync(distDir, { recursive: true, force: true });
run('bundles: one per component, index, CDN', bin('rollup'), ['-c', 'rollup.config.mjs', '--silent']);
run('type declarations', bin('tsc'), ['-p', join(packageDir, 'tsconfig.build.json')]);

/**
 * The display-settings snippet for <head>: applies stored settings before first paint. It is
 * inlined in pages, so its CSP hash is written beside it for the Content-Security-Policy.
 */
async function buildPreferencesSnippet() {
  const started = Date.now();
  const result = await build({
    entryPoints: [join(packageDir, 'src', 'preferences', 'early.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    tsconfig: join(root, 'tsconfig.json'),
  });
  const code = result.outputFiles[0].text.trim();
  const hash = `sha256-${createHash('sha256').update(code).digest('base64')}`;
  // No final newline: the file is exactly what goes between <script> and </script>, so its
  // hash is the one published (a newline would change it and the policy would block it).
  writeFileSync(join(distDir, 'preferences-snippet.js'), code);
  writeFileSync(join(distDir, 'preferences-snippet.json'), `${JSON.stringify({ code, csp: `'${hash}'`, bytes: code.length }, null, 2)}\n`);
  console.log(`  preferences snippet, ${code.length} B, CSP '${hash}' (${Date.now() - started} ms)`);
}

// `@ger/components/button.js` has its types at `button.d.ts`, beside it.
for (const name of componentNames()) {
  writeFileSync(join(distDir, `${name}.d.ts`), `export * from './${name}/${name}.js';\n`);
}

await buildPreferencesSnippet();

const manifestStarted = Date.now();
const manifest = buildManifest();
{
  const started = manifestStarted;
  writeFileSync(join(distDir, 'custom-elements.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`  custom-elements.json (${Date.now() - started} ms)`);
}
{
  const started = Date.now();
  const count = await buildAutoloader(manifest);
  console.log(`  CDN autoloader: ${count} elements, in files as cdn-chunks.mjs groups them (${Date.now() - started} ms)`);
}
run('editor data and framework types from the manifest', process.execPath, [join(packageDir, 'scripts', 'integrations.mjs')], packageDir);
console.log(`Built ${componentNames().length} entries into ${distDir}`);
