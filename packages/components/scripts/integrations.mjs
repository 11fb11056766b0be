#!/usr/bin/env node
// Editor data and framework types, generated from the built Custom Elements Manifest into dist/:
//   vscode.html-custom-data.json, vscode.css-custom-data.json   VS Code's `html.customData` / `css.customData`
//   web-types.json                                              JetBrains IDEs (package.json "web-types")
//   types/jsx.d.ts                                              JSX/TSX: `CustomElements` for IntrinsicElements
//   types/vue.d.ts                                              Vue 3: `GlobalComponents`, so vue-tsc checks templates
// Run by build.mjs with the package as the working directory: the JetBrains generator reads
// ./package.json (the name and version it writes into web-types.json) as it loads.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './components.mjs';

const { generateVsCodeCustomElementData } = await import('custom-element-vs-code-integration');
const { generateJetBrainsWebTypes } = await import('custom-element-jet-brains-integration');
const { generateJsxTypes } = await import('custom-element-jsx-integration');
const { generateVuejsTypes } = await import('custom-element-vuejs-integration');

const manifest = JSON.parse(readFileSync(join(distDir, 'custom-elements.json'), 'utf8'));
const typesDir = join(distDir, 'types');
const eventsModule = '../base/events.js';

/**
 * The generators type an event handler as `(e: CustomEvent<type>) => void`, reading `type` as the
 * event's detail, and import a plain type name from the component's module. So, in a copy:
 * a Ger event's detail is `GerEventDetails["ger-x"]` (imported once, below), and a native event
 * (`input`, `change`: the analyzer writes `Event`) has no detail.
 */
function withEventDetails(source) {
  const copy = structuredClone(source);
  for (const declaration of copy.modules.flatMap((module) => module.declarations ?? [])) {
    for (const event of declaration.events ?? []) {
      if (event.name.startsWith('ger-')) event.type = { text: `GerEventDetails["${event.name}"]` };
      else delete event.type;
    }
  }
  return copy;
}

/** `src/button/button.ts` -> `../button/button.js`, the declaration's path seen from dist/types/. */
function typePathFrom(source) {
  const modules = new Map(source.modules.flatMap((module) => (module.declarations ?? []).map((d) => [d.name, module.path])));
  return (className) =>
    `../${modules
      .get(className)
      .replace(/^src\//, '')
      .replace(/\.ts$/, '.js')}`;
}

/** Prepends the import of the event details the typed handlers name. */
function importEventDetails(file) {
  const text = readFileSync(file, 'utf8');
  const line = `import type { GerEventDetails } from "${eventsModule}";\n`;
  return text.startsWith(line) ? text : line + text;
}

const quiet = { hideLogs: true };
const typed = withEventDetails(manifest);
const componentTypePath = typePathFrom(manifest);

generateVsCodeCustomElementData(manifest, {
  ...quiet,
  outdir: distDir,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
});
generateJetBrainsWebTypes(manifest, { ...quiet, outdir: distDir, webTypesFileName: 'web-types.json' });
generateJsxTypes(typed, { ...quiet, outdir: typesDir, fileName: 'jsx.d.ts', componentTypePath });
generateVuejsTypes(typed, { ...quiet, outdir: typesDir, fileName: 'vue.d.ts', componentTypePath });

for (const file of ['jsx.d.ts', 'vue.d.ts']) writeFileSync(join(typesDir, file), importEventDetails(join(typesDir, file)));
