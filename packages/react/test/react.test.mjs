// @ger/react, as built from the manifest: a wrapper for every element, event props typed with
// the event's detail, and server rendering through React.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
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
const typeErrors = (sources) => checkTypes(sources, (name) => join(packageDir, 'test', `__${name}.tsx`), { jsx: true });

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
