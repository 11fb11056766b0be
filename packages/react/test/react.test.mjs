// @ger/react, as built from the manifest: a wrapper for every element, event props typed with
// the event's detail (a native event's currentTarget is the element), declarations that pass a
// library check, examples in the docs that compile, one wrapper bundled alone, and server
// rendering through React.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { typeErrors as checkTypes } from '../../../scripts/type-errors.mjs';
import { fileURLToPath } from 'node:url';
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
const typeErrors = (sources, options = {}) => checkTypes(sources, (name) => join(packageDir, 'test', `__${name}.tsx`), { jsx: true, ...options });

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
    <GerTextField width="7" />
  </>
);`,
  });
  assert.deepEqual(errors.good, []);
  // A width other than the documented 2, 4, 10 and 20 is an error (it was typed \`string\`).
  assert.equal(errors.bad.length, 3, errors.bad.join('\n'));
});

test("an app using the wrappers type-checks with skipLibCheck false; a native event's currentTarget is the element", () => {
  const errors = typeErrors(
    {
      app: `import { useState } from 'react';
import { GerButton, GerNotificationBanner, GerRadio, GerRadioGroup, GerTextField } from '@ger/react';
export function Form() {
  const [name, setName] = useState('');
  const [delivery, setDelivery] = useState('');
  return (
    <form>
      <GerTextField label="Нэр" value={name} onInput={(event) => setName(event.currentTarget.value)} />
      <GerRadioGroup label="Хүргэлт" value={delivery} onChange={(event) => setDelivery(event.currentTarget.value)}>
        <GerRadio value="post">Шуудан</GerRadio>
      </GerRadioGroup>
      <GerNotificationBanner onGerDismiss={(event) => event.detail.reason} />
      <GerButton type="submit" onClick={(event) => event.currentTarget.focus()}>Илгээх</GerButton>
    </form>
  );
}`,
    },
    { libCheck: true },
  );
  assert.deepEqual(errors.app, []);
  // Before, each \`export interface …Events\` failed @lit/react's \`EventNames\` constraint (TS2344).
  assert.deepEqual(errors.libraries, []);
});

/** The code blocks of one language in a Markdown or MDX file. */
const codeBlocks = (file, lang) =>
  [...readFileSync(file, 'utf8').matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].filter(([, language]) => language === lang).map(([, , code]) => code);

test('the examples in the README and on the React and Next.js page compile as TSX', () => {
  const root = join(packageDir, '..', '..');
  const readme = codeBlocks(join(packageDir, 'README.md'), 'tsx');
  // The page's Next.js page is JSX; a TypeScript project compiles it as TSX. Only complete modules (with imports).
  const page = codeBlocks(join(root, 'docs', 'react-and-next.mdx'), 'jsx').filter((code) => code.includes("from '@ger/react'"));
  assert.ok(readme.length >= 4 && page.length >= 1, `${readme.length} README blocks, ${page.length} on the page`);
  const sources = Object.fromEntries([...readme.map((code, i) => [`readme-${i}`, code]), ...page.map((code, i) => [`page-${i}`, code])]);
  const errors = typeErrors(sources);
  for (const [name, messages] of Object.entries(errors)) assert.deepEqual(messages, [], `${name}:\n${sources[name]}`);
});

test('importing one component from the package index bundles that component alone', async () => {
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const bundle = await rollup({
    input: 'app',
    plugins: [
      {
        name: 'app',
        resolveId: (id) => (id === 'app' ? id : null),
        load: (id) => (id === 'app' ? "import { GerButton } from '@ger/react';\nexport default GerButton;" : null),
      },
      nodeResolve(),
    ],
    external: (id) => /^(react|react-dom|@lit\/react|lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id),
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const included = output.flatMap((chunk) =>
    Object.entries(chunk.modules ?? {})
      .filter(([, module]) => module.renderedLength > 0)
      .map(([id]) => id),
  );
  const wrappers = included.filter((id) => id.startsWith(join(packageDir, 'dist'))).map((id) => id.slice(join(packageDir, 'dist').length + 1));
  // The button's wrapper and the layer every wrapper shares, no other wrapper.
  assert.deepEqual(wrappers.sort(), ['button.js', 'changed-props.js']);
  const components = dirname(require.resolve('@ger/components/package.json'));
  const elements = included.filter((id) => id.startsWith(join(components, 'dist'))).map((id) => id.slice(join(components, 'dist').length + 1));
  // The button's entry (its code is in a shared chunk) and nothing of the other elements.
  assert.ok(
    elements.some((id) => /(^|\/)button[-.]/.test(id)),
    elements.join(', '),
  );
  assert.ok(!elements.some((id) => /(^|\/)(text-field|combobox|live-chat|date-input)[-./]/.test(id)), elements.join(', '));
});
