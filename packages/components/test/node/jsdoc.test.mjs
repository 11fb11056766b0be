// Each component's class comment names every `--ger-*` property its shadow DOM reads (`@cssprop`),
// every custom state it sets (`@cssstate`) and every Ger element it renders (`@dependency`), and the
// built Custom Elements Manifest carries them. To fix a failure, run
// `node packages/components/scripts/document-api.mjs` and check the lines it adds.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { componentApi } from '../../scripts/component-api.mjs';
import { componentNames, distDir } from '../../scripts/components.mjs';
import { missingLines } from '../../scripts/document-api.mjs';

const elements = componentNames().filter((name) => componentApi(name).tag);
const manifestFile = join(distDir, 'custom-elements.json');

test('the source reading finds tokens from own and shared styles, states and rendered elements', () => {
  const tag = componentApi('tag');
  assert.ok(tag.tokens.includes('--ger-tag-radius'), 'own styles (tag.styles.ts)');
  assert.ok(tag.tokens.includes('--ger-font-family-sans'), 'shared styles (styles/shared.styles.ts)');
  assert.ok(!tag.tokens.some((token) => token.startsWith('--ger-input')), 'not the styles of modules it does not import');
  assert.deepEqual(componentApi('text-field').states, ['user-invalid'], 'a state set by the form-control base');
  assert.deepEqual(componentApi('header').dependencies, ['ger-display-settings', 'ger-language-switch']);
  assert.deepEqual(componentApi('tag').dependencies, [], 'a warning that mentions "<ger-tag>" is not a rendered element');
});

for (const name of elements) {
  test(`ger-${name}: the class comment names every token, state and element it uses`, () => {
    const missing = missingLines(name, new Map());
    assert.deepEqual(missing, [], `add to the class comment of src/${name}/${name}.ts (document-api.mjs writes them)`);
  });
}

test("the built manifest lists each element's tokens, states and dependencies", { skip: !existsSync(manifestFile) && 'no build: run npm run build' }, () => {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const declarations = new Map(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((d) => d.tagName)
      .map((d) => [d.tagName, d]),
  );
  for (const name of elements) {
    const api = componentApi(name);
    const declaration = declarations.get(api.tag);
    assert.ok(declaration, `${api.tag} is in the manifest`);
    const names = (list) => new Set((list ?? []).map((item) => item.name));
    const props = names(declaration.cssProperties);
    assert.deepEqual(
      api.tokens.filter((token) => !props.has(token)),
      [],
      `${api.tag} cssProperties`,
    );
    const states = names(declaration.cssStates);
    assert.deepEqual(
      api.states.filter((state) => !states.has(state)),
      [],
      `${api.tag} cssStates`,
    );
    assert.deepEqual(
      api.dependencies.filter((tag) => !(declaration.dependencies ?? []).includes(tag)),
      [],
      `${api.tag} dependencies`,
    );
  }
});
