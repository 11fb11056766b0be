// The project's own lint rules catch what they are for: raw colours, pixel sizes, font names and
// misplaced system colours in a component's CSS (stylelint), and Lit's decorators imported past
// base/decorators.ts (ESLint). The real code passing them is checked by `npm run lint`.
import { ESLint } from 'eslint';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import stylelint from 'stylelint';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const componentFile = join(root, 'packages/components/src/example-lint/example-lint.ts');

async function styleProblems(rules) {
  const code = `import { css } from 'lit';\nexport const styles = css\`${rules}\`;\n`;
  const { results } = await stylelint.lint({ code, codeFilename: componentFile });
  return results[0].warnings.map((warning) => warning.rule);
}

test('stylelint refuses raw colours, pixel sizes and font names in components', async () => {
  assert.deepEqual(await styleProblems(':host { color: #1a1a1a; }'), ['color-no-hex']);
  assert.deepEqual(await styleProblems(':host { background: white; }'), ['color-named']);
  assert.deepEqual(await styleProblems(':host { color: rgb(0 0 0 / 50%); }'), ['function-disallowed-list']);
  assert.deepEqual(await styleProblems(':host { padding: 12px; }'), ['declaration-property-value-disallowed-list']);
  assert.deepEqual(await styleProblems(':host { margin: 2pt; }'), ['unit-allowed-list']);
  assert.deepEqual(await styleProblems(':host { font-family: Arial, sans-serif; }'), ['declaration-property-value-allowed-list']);
  assert.deepEqual(await styleProblems(':host { color: CanvasText; }'), ['ger/system-colours-in-forced-colours']);
});

test('stylelint accepts tokens, text-relative sizes, hairlines and forced-colours keywords', async () => {
  const allowed = `
    :host { color: var(--ger-color-text); padding: var(--ger-space-md) 0; font-family: var(--ger-font-family-sans); }
    .icon { inline-size: 1.5em; margin-block-start: -0.2em; border: 1px solid transparent; max-inline-size: calc(12ch + 1.5em); }
    .bar { margin: clamp(0px, var(--x), 2rem); inline-size: min(100%, 40rem); fill: currentColor; }
    @media (forced-colors: active) { :host { border-color: CanvasText; outline-color: Highlight; } }`;
  assert.deepEqual(await styleProblems(allowed), []);
});

test('ESLint stops component code importing Lit decorators past base/decorators.ts', async () => {
  const eslint = new ESLint({ cwd: root });
  const lint = async (code) => (await eslint.lintText(code, { filePath: componentFile }))[0].messages.map((message) => message.ruleId);
  assert.deepEqual(await lint("import { property } from 'lit/decorators.js';\nexport { property };\n"), ['no-restricted-imports']);
  assert.deepEqual(await lint("import { state } from 'lit/decorators/state.js';\nexport { state };\n"), ['no-restricted-imports']);
  assert.deepEqual(await lint("import { property } from '../base/decorators.js';\nexport { property };\n"), []);
});
