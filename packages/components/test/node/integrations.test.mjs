// Editor data and framework types (scripts/integrations.mjs) list every element of the manifest
// with its attributes and events, are named by package.json, and the JSX types type-check.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { typeErrors as checkTypes } from '../../../../scripts/type-errors.mjs';
import { distDir, packageDir } from '../../scripts/components.mjs';

const require = createRequire(import.meta.url);
const read = (file) => readFileSync(join(distDir, file), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
const attributeNames = (element) => (element.attributes ?? []).map((attribute) => attribute.name);
const eventNames = (element) => (element.events ?? []).map((event) => event.name);

test('the manifest has elements with attributes and Ger events to check against', () => {
  assert.ok(elements.length >= 30, `${elements.length} elements`);
  assert.ok(attributeNames(elements.find((e) => e.tagName === 'ger-text-field')).includes('label'));
  assert.ok(eventNames(elements.find((e) => e.tagName === 'ger-notification-banner')).includes('ger-dismiss'));
});

test('VS Code custom data: every element with each of its attributes', () => {
  const tags = new Map(JSON.parse(read('vscode.html-custom-data.json')).tags.map((tag) => [tag.name, tag]));
  for (const element of elements) {
    const tag = tags.get(element.tagName);
    assert.ok(tag, `${element.tagName} is in the VS Code data`);
    assert.ok(tag.description, `${element.tagName} has a description`);
    assert.deepEqual(
      tag.attributes.map((a) => a.name),
      attributeNames(element),
      `${element.tagName}'s attributes`,
    );
  }
  const css = JSON.parse(read('vscode.css-custom-data.json'));
  assert.ok(css.properties.some((property) => property.name === '--ger-field-width'));
});

test('JetBrains web-types: every element with its attributes and events, named by package.json', () => {
  const webTypes = JSON.parse(read('web-types.json'));
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  assert.equal(webTypes.name, pkg.name);
  assert.equal(webTypes.version, pkg.version);
  const byName = new Map(webTypes.contributions.html.elements.map((element) => [element.name, element]));
  for (const element of elements) {
    const entry = byName.get(element.tagName);
    assert.ok(entry, `${element.tagName} is in web-types`);
    assert.deepEqual(
      entry.attributes.map((a) => a.name),
      attributeNames(element),
      `${element.tagName}'s attributes`,
    );
    assert.deepEqual(
      (entry.events ?? []).map((e) => e.name),
      eventNames(element),
      `${element.tagName}'s events`,
    );
  }
});

for (const file of ['types/jsx.d.ts', 'types/vue.d.ts']) {
  test(`${file}: every element, its attributes and its typed event handlers`, () => {
    const text = read(file);
    for (const element of elements) {
      assert.match(text, new RegExp(`^  "${element.tagName}": `, 'm'), `${element.tagName} is typed`);
      const props = text.slice(text.indexOf(`type ${element.name}Props = {`));
      const block = props.slice(0, props.indexOf('\n};'));
      for (const name of attributeNames(element)) assert.ok(block.includes(`${name.includes('-') ? `"${name}"` : name}?: `), `${element.tagName} ${name}`);
      for (const name of eventNames(element).filter((n) => n.startsWith('ger-'))) {
        assert.ok(block.includes(`"on${name}"?: (e: CustomEvent<GerEventDetails["${name}"]>) => void;`), `${element.tagName} on${name}`);
      }
    }
  });
}

test('package.json names each file, and each resolves', () => {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  assert.equal(require.resolve(`@ger/components/${'web-types.json'}`), join(distDir, 'web-types.json'));
  assert.equal(join(packageDir, pkg['web-types']), join(distDir, 'web-types.json'));
  assert.equal(join(packageDir, pkg.customElements), join(distDir, 'custom-elements.json'));
  for (const name of ['vscode.html-custom-data.json', 'vscode.css-custom-data.json'])
    assert.equal(require.resolve(`@ger/components/${name}`), join(distDir, name));
  assert.equal(pkg.exports['./jsx'].types, './dist/types/jsx.d.ts');
  assert.equal(pkg.exports['./vue'].types, './dist/types/vue.d.ts');
});

/**
 * Type-checks modules that import the JSX types; returns each one's error messages. A broken import
 * in a library file would make a type `any`, which the wrong-detail case below catches.
 */
const typeErrors = (sources) => checkTypes(sources, (name) => join(packageDir, 'test', 'node', `__${name}.ts`));

test('the JSX types type-check, and a wrong attribute type or event detail is an error', () => {
  const errors = typeErrors({
    good: `import type { CustomElements } from '@ger/components/jsx';
const field: CustomElements['ger-text-field'] = { label: 'Нэр', required: true, 'prefix-text': '+976', oninput: (e) => e.target };
const banner: CustomElements['ger-notification-banner'] = { 'onger-dismiss': (e) => { const reason: 'user' | 'api' = e.detail.reason; void reason; } };
const steps: CustomElements['ger-form-steps'] = { 'onger-submit': (e) => e.detail.formData.get('name') };
export { field, banner, steps };`,
    bad: `import type { CustomElements } from '@ger/components/jsx';
export const field: CustomElements['ger-text-field'] = { required: 'yes' };
export const banner: CustomElements['ger-notification-banner'] = { 'onger-dismiss': (e) => { const n: number = e.detail.reason; void n; } };`,
  });
  assert.deepEqual(errors.good, []);
  assert.equal(errors.bad.length, 2, errors.bad.join('\n'));
});
