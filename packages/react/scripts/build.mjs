#!/usr/bin/env node
// Builds @ger/react from @ger/components' Custom Elements Manifest: for every element, a React
// component made by @lit/react's createComponent, with its properties as props and each event it
// fires as an `on…` prop (`ger-dismiss` -> `onGerDismiss`) typed with the event's detail, and
// written to the element only when they changed (src/changed-props.js).
// Nothing here names an element: a new component is wrapped by the next build.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const distDir = fileURLToPath(new URL('../dist/', import.meta.url));

/** `ger-step-change` -> `onGerStepChange`, `input` -> `onInput`. */
export function eventProp(eventName) {
  return `on${eventName.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase())}`;
}

/** Each element: its tag, class, entry (`button` for `@ger/components/button.js`) and events. */
export function wrappedElements(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => {
        // `src/button/button.ts` is the package entry `button.js`; a class declared elsewhere comes from the index.
        const [, folder, file] = /^src\/([^/]+)\/([^/]+)\.ts$/.exec(module.path) ?? [];
        const events = [...new Set((declaration.events ?? []).map((event) => event.name).filter(Boolean))];
        return { tag: declaration.tagName, className: declaration.name, entry: folder && folder === file ? file : undefined, events };
      }),
  );
}

/** The layer every wrapper goes through (src/changed-props.js): it writes only the props that changed. */
const CHANGED_PROPS = 'changed-props.js';

const source = (element) => (element.entry ? `@ger/components/${element.entry}.js` : '@ger/components');

/**
 * React's default export, not `import * as React`: server rendering (@lit-labs/ssr-react, which
 * @lit-labs/nextjs loads) patches `createElement` on that object, and Node's namespace of a
 * CommonJS module keeps the unpatched function, so the shadow root would not be rendered.
 */
function wrapperJs(element) {
  const events = element.events.map((name) => `\n    ${eventProp(name)}: ${JSON.stringify(name)},`).join('');
  return `import React from 'react';
import { createComponent } from '@lit/react';
import { ${element.className} as Element } from '${source(element)}';
import { writeChangedProps } from './${CHANGED_PROPS}';

const events = {${events}${events ? '\n' : ''}};

/** \`<${element.tag}>\` as a React component. */
export const ${element.className} = writeChangedProps(
  React,
  createComponent({ tagName: ${JSON.stringify(element.tag)}, elementClass: Element, react: React, events }),
  Element,
  events,
  ${JSON.stringify(element.className)},
);
`;
}

/**
 * A Ger event's listener gets `CustomEvent<detail>` (`GerEvent<'ger-x'>`); a native one (`input`,
 * `change`), the event with the element as `currentTarget` (`GerNativeEvent<Element>`), so
 * `event.currentTarget.value` is typed. @lit/react adds the listener on the element itself.
 */
const eventType = (name) => (name.startsWith('ger-') ? `GerEvent<${JSON.stringify(name)}>` : 'GerNativeEvent<Element>');

/**
 * The events are a type alias, not an interface: @lit/react's `ReactWebComponent<I, E extends
 * EventNames>` wants a type with an index signature (`Record<string, …>`), which an interface never
 * has, so `export interface …Events` failed `tsc` with `skipLibCheck: false` (TS2344) in every file.
 */
function wrapperDts(element) {
  const events = element.events.map((name) => `  ${eventProp(name)}: EventName<${eventType(name)}>;`).join('\n');
  const eventTypes = [
    ...(element.events.some((name) => name.startsWith('ger-')) ? ['GerEvent'] : []),
    ...(element.events.some((name) => !name.startsWith('ger-')) ? ['GerNativeEvent'] : []),
  ];
  return `import type { ${events ? 'EventName, ' : ''}ReactWebComponent } from '@lit/react';
${eventTypes.length ? `import type { ${eventTypes.join(', ')} } from '@ger/components';\n` : ''}import type { ${element.className} as Element } from '${source(element)}';

/** The events of \`<${element.tag}>\`, as props. */
export type ${element.className}Events = {${events ? `\n${events}\n` : ''}};

/** \`<${element.tag}>\` as a React component. */
export declare const ${element.className}: ReactWebComponent<Element, ${element.className}Events>;
`;
}

/** The file name of an element's wrapper: its entry's name, or its tag without `ger-`. */
const fileOf = (element) => element.entry ?? element.tag.replace(/^ger-/, '');

export function build() {
  const manifest = JSON.parse(readFileSync(require.resolve('@ger/components/custom-elements.json'), 'utf8'));
  const elements = wrappedElements(manifest);
  rmSync(distDir, { recursive: true, force: true });
  mkdirSync(distDir, { recursive: true });
  copyFileSync(fileURLToPath(new URL(`../src/${CHANGED_PROPS}`, import.meta.url)), join(distDir, CHANGED_PROPS));
  for (const element of elements) {
    writeFileSync(join(distDir, `${fileOf(element)}.js`), wrapperJs(element));
    writeFileSync(join(distDir, `${fileOf(element)}.d.ts`), wrapperDts(element));
  }
  const index = elements.map((element) => `export * from './${fileOf(element)}.js';\n`).join('');
  writeFileSync(join(distDir, 'index.js'), index);
  writeFileSync(join(distDir, 'index.d.ts'), index);
  return elements;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const elements = build();
  console.log(`  @ger/react: ${elements.length} components (${Date.now() - started} ms)`);
}
