#!/usr/bin/env node
// Editor data and framework types, generated from the built Custom Elements Manifest into dist/:
//   vscode.html-custom-data.json, vscode.css-custom-data.json   VS Code's `html.customData` / `css.customData`
//   web-types.json                                              JetBrains IDEs (package.json "web-types")
//   types/jsx.d.ts                                              JSX/TSX: `CustomElements` for IntrinsicElements
//   types/jsx-react.d.ts                                        React 19 JSX: `ReactCustomElements`, with React's DOM props
//   types/vue.d.ts                                              Vue 3: `GlobalComponents`, so vue-tsc checks templates
// The framework types are written by scripts/framework-types.mjs (it says why not by the generic
// generators). Run by build.mjs with the package as the working directory: the JetBrains generator
// reads ./package.json (the name and version it writes into web-types.json) as it loads.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './components.mjs';
import { jsxTypes, reactJsxTypes, vueTypes } from './framework-types.mjs';

const { generateVsCodeCustomElementData } = await import('custom-element-vs-code-integration');
const { generateJetBrainsWebTypes } = await import('custom-element-jet-brains-integration');

const manifest = JSON.parse(readFileSync(join(distDir, 'custom-elements.json'), 'utf8'));
const typesDir = join(distDir, 'types');
const quiet = { hideLogs: true };

generateVsCodeCustomElementData(manifest, {
  ...quiet,
  outdir: distDir,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
});
generateJetBrainsWebTypes(manifest, { ...quiet, outdir: distDir, webTypesFileName: 'web-types.json' });

mkdirSync(typesDir, { recursive: true });
writeFileSync(join(typesDir, 'jsx.d.ts'), jsxTypes(manifest));
writeFileSync(join(typesDir, 'jsx-react.d.ts'), reactJsxTypes());
writeFileSync(join(typesDir, 'vue.d.ts'), vueTypes(manifest));
