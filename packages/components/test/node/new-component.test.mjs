// `npm run new -- <name>` (scripts/new-component.mjs) in a throw-away copy of the sources: the new
// component type-checks, lints, documents its tokens and is wired into the locales, the index and
// the hydration fixtures; bad and taken names are refused without writing anything. (The browser
// side, its test file passing in Chromium, was checked when the scaffolder was written.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const COPIED = [
  'scripts/new-component.mjs',
  'scripts/mong-review.mjs',
  'packages/components/src',
  'packages/components/scripts',
  'packages/components/test',
  'packages/tokens/dist/json/tokens-meta.json',
  'stories',
  'tsconfig.json',
  'eslint.config.mjs',
  'stylelint.config.mjs',
  'scripts/stylelint-system-colours.mjs',
  '.prettierrc.json',
];
let copy;

const run = (command, args) => spawnSync(command, args, { cwd: copy, encoding: 'utf8' });
const read = (path) => readFileSync(join(copy, path), 'utf8');
const bin = (name) => join(root, 'node_modules', '.bin', name);

before(() => {
  copy = mkdtempSync(join(tmpdir(), 'ger-new-'));
  for (const path of COPIED) if (existsSync(join(root, path))) cpSync(join(root, path), join(copy, path), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
});
after(() => rmSync(copy, { recursive: true, force: true }));

test('refuses bad and taken names, and writes nothing', () => {
  const index = read('packages/components/src/index.ts');
  for (const [name, message] of [
    ['', /Give the component a name/],
    ['DatePicker', /is not a name/],
    ['date_picker', /is not a name/],
    ['ger-date-picker', /without "ger-"/],
    ['utils', /shared code/],
    ['button', /exists already/],
  ]) {
    const result = run('node', ['scripts/new-component.mjs', name]);
    assert.equal(result.status, 1, `"${name}" is refused`);
    assert.match(result.stderr, message);
  }
  assert.equal(read('packages/components/src/index.ts'), index);
  assert.ok(!existsSync(join(copy, 'packages/components/src/DatePicker')));
});

test('writes a component that type-checks, lints, documents its tokens and is wired in', () => {
  const result = run('node', ['scripts/new-component.mjs', 'sample-widget']);
  assert.equal(result.status, 0, result.stderr);
  const files = [
    'packages/components/src/sample-widget/sample-widget.ts',
    'packages/components/src/sample-widget/sample-widget.styles.ts',
    'packages/components/src/sample-widget/sample-widget.test.ts',
    'packages/components/src/locales/sample-widget.ts',
    'stories/sample-widget.stories.ts',
  ];
  for (const file of files) assert.ok(existsSync(join(copy, file)), file);

  assert.match(read('packages/components/src/sample-widget/sample-widget.ts'), /defineElement\('ger-sample-widget', GerSampleWidget\)/);
  assert.match(read('packages/components/src/sample-widget/sample-widget.test.ts'), /describeAccessibility\('ger-sample-widget'/);
  assert.match(read('packages/components/src/index.ts'), /export \{ GerSampleWidget \} from '.\/sample-widget\/sample-widget.js';\n$/);
  assert.match(read('packages/components/src/locales/translation.ts'), /sampleWidgetEmpty: string;\n}/);
  for (const lang of ['mn', 'en']) assert.match(read(`packages/components/src/locales/${lang}.ts`), new RegExp(`\\.\\.\\.sampleWidgetStrings\\.${lang},\\n};`));
  assert.match(read('packages/components/src/locales/mn-Mong.ts'), /sampleWidgetEmpty: '\p{Script=Mongolian}/u);
  assert.match(read('packages/components/src/locales/mn-Mong-review.md'), /### sample-widget\n[^#]*`sampleWidgetEmpty`/);
  assert.match(read('packages/components/test/hydration-fixtures.mjs'), /sampleWidget: html`<ger-sample-widget id="sample-widget">/);
  assert.equal(run('node', ['scripts/new-component.mjs', 'sample-widget']).status, 1, 'a second run refuses the now-taken name');

  const documented = run('node', ['packages/components/scripts/document-api.mjs', '--check']);
  assert.equal(documented.status, 0, `class comments name every token read:\n${documented.stdout}`);

  // Type-check the new files with the project's options (mn.ts, en.ts and mn-Mong.ts check the locale keys).
  writeFileSync(
    join(copy, 'tsconfig.new.json'),
    JSON.stringify({
      extends: './tsconfig.json',
      include: [
        ...files.filter((file) => file.endsWith('.ts')),
        'packages/components/src/locales/mn.ts',
        'packages/components/src/locales/en.ts',
        'packages/components/src/locales/mn-Mong.ts',
      ],
    }),
  );
  const typed = run(bin('tsc'), ['-p', 'tsconfig.new.json', '--noEmit']);
  assert.equal(typed.status, 0, typed.stdout + typed.stderr);

  const eslint = run(bin('eslint'), ['--max-warnings', '0', ...files]);
  assert.equal(eslint.status, 0, eslint.stdout + eslint.stderr);
  const stylelint = run(bin('stylelint'), ['packages/components/src/sample-widget/*.ts']);
  assert.equal(stylelint.status, 0, stylelint.stdout + stylelint.stderr);
  const prettier = run(bin('prettier'), ['--check', ...files, 'scripts/new-component.mjs']);
  assert.equal(prettier.status, 0, prettier.stdout + prettier.stderr);
});
