// One Custom Elements Manifest: the file the package ships is the one Storybook's docs read
// (both come from scripts/manifest.mjs), and it names every component by its tag.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { srcDir } from '../../scripts/components.mjs';
import { buildManifest } from '../../scripts/manifest.mjs';

const require = createRequire(import.meta.url);
const shipped = JSON.parse(readFileSync(require.resolve('@ger/components/custom-elements.json'), 'utf8'));

test('the shipped manifest is the one the shared module builds (and Storybook shows)', () => {
  assert.deepEqual(shipped, buildManifest());
});

/** Every tag the source defines (`defineElement('ger-x', GerX)`). */
function definedTags() {
  const files = readdirSync(srcDir, { recursive: true }).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
  return files.flatMap((file) => [...readFileSync(join(srcDir, file), 'utf8').matchAll(/defineElement\('(ger-[a-z-]+)'/g)].map((m) => m[1]));
}

test('every element the source defines is in it by its tag, with its summary', () => {
  const elements = new Map(
    shipped.modules
      .flatMap((m) => m.declarations)
      .filter((d) => d.tagName)
      .map((d) => [d.tagName, d]),
  );
  const tags = definedTags();
  assert.ok(tags.length >= 30, `${tags.length} elements found in the source`);
  for (const tag of tags) {
    const element = elements.get(tag);
    assert.ok(element, `${tag} is in the manifest`);
    assert.ok(element.summary || element.description, `${tag} has a summary`);
  }
  const button = elements.get('ger-button');
  assert.ok(button.attributes.some((a) => a.name === 'variant'));
  assert.ok(shipped.modules.some((m) => m.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === 'ger-button')));
});
