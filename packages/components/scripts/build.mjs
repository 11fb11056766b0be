#!/usr/bin/env node
// npm run build:components: bundles, type declarations and the Custom Elements Manifest.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { componentNames, distDir, packageDir } from './components.mjs';

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

// `@ger/components/button.js` has its types at `button.d.ts`, beside it.
for (const name of componentNames()) {
  writeFileSync(join(distDir, `${name}.d.ts`), `export * from './${name}/${name}.js';\n`);
}

run(
  'custom-elements.json',
  bin('cem'),
  ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.test.ts', '--outdir', 'dist', '--quiet'],
  packageDir,
);
console.log(`Built ${componentNames().length} components into ${distDir}`);
