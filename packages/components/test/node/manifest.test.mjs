// One Custom Elements Manifest: the file the package ships is the one Storybook's docs read
// (both come from scripts/manifest.mjs), and it names every component by its tag.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { componentNames } from '../../scripts/components.mjs';
import { buildManifest } from '../../scripts/manifest.mjs';

const require = createRequire(import.meta.url);
const shipped = JSON.parse(readFileSync(require.resolve('@ger/components/custom-elements.json'), 'utf8'));

test('the shipped manifest is the one the shared module builds (and Storybook shows)', () => {
  assert.deepEqual(shipped, buildManifest());
});

test('every component is in it by its tag, with its attributes documented', () => {
  const elements = new Map(shipped.modules.flatMap((m) => m.declarations).filter((d) => d.tagName).map((d) => [d.tagName, d]));
  for (const name of componentNames()) {
    const element = elements.get(`ger-${name}`);
    assert.ok(element, `ger-${name} is in the manifest`);
    assert.ok(element.summary || element.description, `ger-${name} has a summary`);
  }
  const button = elements.get('ger-button');
  assert.ok(button.attributes.some((a) => a.name === 'variant'));
  assert.ok(shipped.modules.some((m) => m.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === 'ger-button')));
});
