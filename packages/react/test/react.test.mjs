// @ger/react, as built from the manifest: a wrapper for every element, event props typed with
// the event's detail, and server rendering through React.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { eventProp, wrappedElements } from '../scripts/build.mjs';

const require = createRequire(import.meta.url);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(require.resolve('@ger/components/custom-elements.json'), 'utf8'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));

test('event props are named as React names them', () => {
  assert.equal(eventProp('ger-step-change'), 'onGerStepChange');
  assert.equal(eventProp('input'), 'onInput');
});

test('a wrapper for every element of the manifest, with an on… prop for each of its events', async () => {
  const elements = wrappedElements(manifest);
  assert.deepEqual(elements.map((e) => e.tag).sort(), [...tags].sort());
  const react = await import('@ger/react');
  for (const element of elements) {
    const wrapper = react[element.className];
    assert.ok(wrapper, `${element.className} is exported`);
    assert.equal(wrapper.displayName, element.className);
    const types = readFileSync(join(packageDir, 'dist', `${element.entry ?? element.tag.slice(4)}.d.ts`), 'utf8');
    for (const name of element.events) assert.ok(types.includes(`${eventProp(name)}: EventName<`), `${element.className} ${eventProp(name)}`);
  }
  const banner = elements.find((e) => e.tag === 'ger-notification-banner');
  assert.deepEqual(banner.events, ['ger-dismiss']);
});

test('renders on the server through react-dom/server', async () => {
  const { createElement } = await import('react');
  const { renderToString } = await import('react-dom/server');
  const { GerButton, GerNotificationBanner } = await import('@ger/react');
  const markup = renderToString(createElement(GerNotificationBanner, { variant: 'success' }, createElement(GerButton, null, 'Үргэлжлүүлэх')));
  assert.match(markup, /<ger-notification-banner[^>]*><ger-button[^>]*>Үргэлжлүүлэх<\/ger-button><\/ger-notification-banner>/);
});

/** Type-checks TSX modules in one program; returns each one's error messages. */
function typeErrors(sources) {
  const files = Object.keys(sources).map((name) => join(packageDir, 'test', `__${name}.tsx`));
  const options = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    jsx: ts.JsxEmit.ReactJSX,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const text = new Map(files.map((file, i) => [file, Object.values(sources)[i]]));
  const { readFile, fileExists } = host;
  host.readFile = (name) => text.get(name) ?? readFile(name);
  host.fileExists = (name) => text.has(name) || fileExists(name);
  const program = ts.createProgram(files, options, host);
  return Object.fromEntries(
    Object.keys(sources).map((name, i) => [
      name,
      ts.getPreEmitDiagnostics(program, program.getSourceFile(files[i])).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    ]),
  );
}

test('props and event details are typed', () => {
  assert.ok(existsSync(join(packageDir, 'dist', 'index.d.ts')));
  const errors = typeErrors({
    good: `import { GerNotificationBanner, GerTextField, GerFormSteps } from '@ger/react';
import type { GerTextField as TextFieldElement } from '@ger/components';
export const page = (
  <>
    <GerTextField label="Нэр" required value="Бат" onInput={(e) => console.log((e.target as TextFieldElement).value)} />
    <GerNotificationBanner variant="success" onGerDismiss={(e) => { const reason: 'user' | 'api' = e.detail.reason; void reason; }} />
    <GerFormSteps onGerSubmit={(e) => e.detail.formData.get('name')} />
  </>
);`,
    bad: `import { GerNotificationBanner, GerTextField } from '@ger/react';
export const page = (
  <>
    <GerTextField required="yes" />
    <GerNotificationBanner onGerDismiss={(e) => { const n: number = e.detail.reason; void n; }} />
  </>
);`,
  });
  assert.deepEqual(errors.good, []);
  assert.equal(errors.bad.length, 2, errors.bad.join('\n'));
});
