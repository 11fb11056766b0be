// Editor data and framework types (scripts/integrations.mjs) list every element of the manifest
// with its attributes and events, are named by package.json, and type-check as each framework
// checks them: JSX, React 19's JSX, and Vue templates through vue-tsc.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
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

/** The props block of `type <Class>Props = { … }` in a generated file. */
function propsBlock(text, element) {
  const props = text.slice(text.indexOf(`type ${element.name}Props = {`));
  return props.slice(0, props.indexOf('\n};'));
}

/** The public properties one can set, by name, with the attribute each has. */
const settable = (element) => (element.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public');

const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
const quoted = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `"${name}"`);

test('types/jsx.d.ts: every element, its props keyed as in HTML, and each event handler typed', () => {
  const text = read('types/jsx.d.ts');
  for (const element of elements) {
    assert.match(text, new RegExp(`^  "${element.tagName}": `, 'm'), `${element.tagName} is typed`);
    const block = propsBlock(text, element);
    for (const member of settable(element)) assert.ok(block.includes(`  ${quoted(member.attribute ?? member.name)}?: `), `${element.tagName} ${member.name}`);
    for (const name of eventNames(element)) {
      const type = name.startsWith('ger-') ? `CustomEvent<GerEventDetails["${name}"]>` : `GerNativeEvent<${element.name}>`;
      assert.ok(block.includes(`${quoted(`on${name}`)}?: (event: ${type}) => void;`), `${element.tagName} on${name}`);
    }
  }
});

test('types/vue.d.ts: every element, its props camelCase and its events as vue-tsc names them (onGerDismiss)', () => {
  const text = read('types/vue.d.ts');
  for (const element of elements) {
    assert.match(text, new RegExp(`^  "${element.tagName}": DefineComponent<`, 'm'), `${element.tagName} is typed`);
    const block = propsBlock(text, element);
    for (const member of settable(element))
      assert.ok(block.includes(`  ${member.name}?: ${element.name}["${member.name}"];`), `${element.tagName} ${member.name}`);
    for (const name of eventNames(element)) {
      const prop = `on${camel(name).replace(/^./, (letter) => letter.toUpperCase())}`;
      const type = name.startsWith('ger-') ? `CustomEvent<GerEventDetails["${name}"]>` : `GerNativeEvent<${element.name}>`;
      assert.ok(block.includes(`  ${prop}?: (event: ${type}) => void;`), `${element.tagName} ${prop}`);
    }
    assert.doesNotMatch(block, /^ {2}"/m, `${element.tagName}: no kebab-case or on-kebab keys, which vue-tsc never matches`);
  }
  assert.ok(propsBlock(text, { name: 'GerFileUpload' }).includes('  maxSize?: GerFileUpload["maxSize"];'));
});

test('internal state is no attribute or prop: not in the manifest, the editor data or the framework types', () => {
  // `@internal` members and `state: true` properties: a combobox's text box text, a file upload's chosen file.
  const internal = {
    'ger-combobox': ['text', 'editing', 'choices', 'picked', 'slotted'],
    'ger-file-upload': ['chosen', 'progress', 'rejection', 'status', 'dragging'],
  };
  for (const control of ['ger-text-field', 'ger-combobox', 'ger-file-upload']) (internal[control] ??= []).push('touched', 'disabledByForm');
  const vscode = new Map(JSON.parse(read('vscode.html-custom-data.json')).tags.map((tag) => [tag.name, tag]));
  const webTypes = new Map(JSON.parse(read('web-types.json')).contributions.html.elements.map((element) => [element.name, element]));
  const jsx = read('types/jsx.d.ts');
  const vue = read('types/vue.d.ts');
  for (const [tag, names] of Object.entries(internal)) {
    const element = elements.find((e) => e.tagName === tag);
    for (const name of names) {
      assert.ok(!attributeNames(element).includes(name), `${tag}: attribute ${name}`);
      assert.ok(!(element.members ?? []).some((m) => m.name === name && (m.privacy ?? 'public') === 'public'), `${tag}: public member ${name}`);
      assert.ok(!vscode.get(tag).attributes.some((a) => a.name === name), `${tag}: VS Code attribute ${name}`);
      assert.ok(!webTypes.get(tag).attributes.some((a) => a.name === name), `${tag}: web-types attribute ${name}`);
      for (const [file, text] of [
        ['jsx', jsx],
        ['vue', vue],
      ])
        assert.ok(!propsBlock(text, element).includes(`  ${name}?:`), `${tag}: ${file} prop ${name}`);
    }
  }
  // Read-only properties cannot be set: no prop for them.
  assert.ok(!propsBlock(vue, { name: 'GerTextField' }).includes('  validity?:'));
  assert.ok(!propsBlock(jsx, { name: 'GerTextField' }).includes('  form?:'));
});

test('package.json names each file, and each resolves', () => {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  assert.equal(require.resolve(`@ger/components/${'web-types.json'}`), join(distDir, 'web-types.json'));
  assert.equal(join(packageDir, pkg['web-types']), join(distDir, 'web-types.json'));
  assert.equal(join(packageDir, pkg.customElements), join(distDir, 'custom-elements.json'));
  for (const name of ['vscode.html-custom-data.json', 'vscode.css-custom-data.json'])
    assert.equal(require.resolve(`@ger/components/${name}`), join(distDir, name));
  assert.equal(pkg.exports['./jsx'].types, './dist/types/jsx.d.ts');
  assert.equal(pkg.exports['./vue'].types, './dist/types/vue.d.ts');
  assert.equal(pkg.exports['./jsx-react'].types, './dist/types/jsx-react.d.ts');
});

/**
 * Type-checks modules that import the JSX types; returns each one's error messages. A broken import
 * in a library file would make a type `any`, which the wrong-detail case below catches.
 */
const typeErrors = (sources) => checkTypes(sources, (name) => join(packageDir, 'test', 'node', `__${name}.ts`));

test('the JSX types type-check, and a wrong attribute type or event detail is an error', () => {
  const errors = typeErrors({
    good: `import type { CustomElements } from '@ger/components/jsx';
const field: CustomElements['ger-text-field'] = { label: 'Нэр', required: true, 'prefix-text': '+976', oninput: (e) => e.currentTarget.value.trim() };
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

test("React 19 without the wrappers: ReactCustomElements takes React's DOM props and events beside each element's own", () => {
  const errors = checkTypes(
    {
      // The augmentation packages/react/README.md gives.
      elements: `import type { ReactCustomElements } from '@ger/components/jsx-react';
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends ReactCustomElements {}
  }
}
export {};`,
      good: `import { useRef, useState } from 'react';
import type { GerTextField } from '@ger/components';
export function Form() {
  const [name, setName] = useState('');
  const field = useRef<GerTextField>(null);
  return (
    <form>
      <ger-text-field ref={field} key="name" className="field" style={{ marginBlock: 0 }} label="Нэр" prefix-text="+976" value={name} onInput={(e) => setName(e.currentTarget.value)} />
      <ger-text-field label="Утас" oninput={(e) => setName(e.currentTarget.value)} />
      <ger-notification-banner variant="success" heading-level={3} onger-dismiss={(e) => { const reason: 'user' | 'api' = e.detail.reason; void reason; }}>Илгээгдлээ</ger-notification-banner>
      <ger-button type="submit" onClick={(e) => e.currentTarget.focus()}>Илгээх</ger-button>
    </form>
  );
}`,
      bad: `export const page = (
  <>
    <ger-text-field label="x" onInput={(e) => { const n: number = e.currentTarget.value; void n; }} />
    <ger-notification-banner onger-dismiss={(e) => { const n: number = e.detail.reason; void n; }} />
    <ger-button variant="nope" />
    <ger-text-field width="7" />
    <ger-combobox text="internal" />
  </>
);`,
    },
    (name) => join(packageDir, 'test', 'node', `__${name}.tsx`),
    { jsx: true },
  );
  assert.deepEqual(errors.elements, []);
  assert.deepEqual(errors.good, []);
  assert.equal(errors.bad.length, 5, errors.bad.join('\n'));
});

const execFileAsync = promisify(execFile);
const vueTsc = join(dirname(require.resolve('vue-tsc/package.json')), 'bin', 'vue-tsc.js');

/**
 * Runs vue-tsc, as a Vue app's build does, on single-file components in a scratch folder beside
 * this test (so `vue` and `@ger/components` resolve as they do in an app, through the types'
 * `/// <reference>`). Returns each file's errors as `line: TS…: message`.
 */
async function vueErrors(files, { strictTemplates }) {
  const dir = mkdtempSync(join(packageDir, 'test', 'node', '__vue-'));
  try {
    const compilerOptions = {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'bundler',
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      types: [],
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, vueCompilerOptions: { strictTemplates }, include: ['*.ts', '*.vue'] }));
    writeFileSync(join(dir, 'env.d.ts'), '/// <reference types="@ger/components/vue" />\n');
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, `${name}.vue`), text);
    const { stdout } = await execFileAsync(process.execPath, [vueTsc, '--noEmit', '-p', '.'], { cwd: dir }).catch((error) => error);
    const errors = Object.fromEntries(Object.keys(files).map((name) => [name, []]));
    for (const [, name, line, message] of String(stdout).matchAll(/^(\w+)\.vue\((\d+),\d+\): error (.*)$/gm)) (errors[name] ??= []).push(`${line}: ${message}`);
    return errors;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The first \`\`\`vue block of the root README: what it tells a Vue developer to write. */
const readmeVue = /^```vue\n([\s\S]*?)^```$/m.exec(readFileSync(join(packageDir, '..', '..', 'README.md'), 'utf8'))[1];

test("Vue: vue-tsc checks camelCase props and onGerDismiss-style events; the README's example passes strictTemplates", async () => {
  const script = `<script setup lang="ts">
import { ref } from 'vue';
const name = ref('');
const delivery = ref('');
const reasons: string[] = [];
const wantsNumber = (n: number) => n;
const dismissed = (event: CustomEvent<{ reason: 'user' | 'api' }>) => reasons.push(event.detail.reason);
</script>
`;
  // Each line of \`bad\` misuses a typed prop or event detail; none is an unknown name, so each
  // error proves a check (with the kebab-case and on-kebab keys before, vue-tsc saw none of them).
  const bad = [
    '<ger-notification-banner @ger-dismiss="wantsNumber($event.detail.reason)"></ger-notification-banner>',
    '<ger-file-upload label="Зураг" :max-size="\'1 MB\'"></ger-file-upload>',
    '<ger-notification-banner :heading-level="\'two\'"></ger-notification-banner>',
    '<ger-text-field label="Нэр" :prefix-text="976"></ger-text-field>',
    '<ger-text-field label="Нэр" @input="wantsNumber($event.currentTarget.value)"></ger-text-field>',
    '<ger-pagination :pages="5" @ger-page-change="wantsNumber($event.detail.label)"></ger-pagination>',
  ];
  // The script's lines, `<template>` and `<div>` come first.
  const firstBad = script.split('\n').length - 1 + 3;
  const [strict, loose] = await Promise.all([
    vueErrors(
      {
        good: `${script}<template>
  <form>
    ${readmeVue.trim().split('\n').join('\n    ')}
    <ger-text-field id="name" class="field" data-testid="name" label="Нэр" :maxlength="20" prefix-text="+976" :value="name" @input="name = $event.currentTarget.value" @focus="() => {}"></ger-text-field>
    <ger-radio-group label="Хүргэлт" :value="delivery" @change="delivery = $event.currentTarget.value"><ger-radio value="post">Шуудан</ger-radio></ger-radio-group>
    <ger-file-upload label="Зураг" accept="image/*" :max-size="1000000"></ger-file-upload>
    <ger-notification-banner dismissible :heading-level="3" @ger-dismiss="dismissed" @click="(event: MouseEvent) => event.button"></ger-notification-banner>
    <ger-pagination :pages="5" @ger-page-change="wantsNumber($event.detail.page)"></ger-pagination>
  </form>
</template>
`,
      },
      { strictTemplates: true },
    ),
    vueErrors({ bad: `${script}<template>\n  <div>\n    ${bad.join('\n    ')}\n  </div>\n</template>\n` }, { strictTemplates: false }),
  ]);
  assert.deepEqual(strict.good, []);
  const lines = [...new Set(loose.bad.map((error) => Number.parseInt(error, 10)))];
  assert.deepEqual(
    lines.map((line) => bad[line - firstBad]),
    bad,
    loose.bad.join('\n'),
  );
});
