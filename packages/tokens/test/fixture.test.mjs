/**
 * buildTokens on small fixtures written to a temporary directory: a good one builds, and each
 * deliberate defect is rejected with a message that names it.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildTokens } from '../lib/build-tokens.mjs';

const buildScript = join(dirname(fileURLToPath(import.meta.url)), '..', 'build.mjs');
const t = ($value, $type, $description = 'test token') => ({ $value, $type, $description });

/** A minimal but complete source tree; `edit` may change any part before it is written. */
function fixture(edit = (f) => f) {
  const f = {
    primitives: {
      palette: {
        white: t('#ffffff', 'color'),
        black: t('#000000', 'color'),
        gray: { 300: t('#bbbbbb', 'color'), 500: t('#767676', 'color'), 600: t('#595959', 'color'), 900: t('#1a1a1a', 'color') },
        blue: { 700: t('#0b4ea2', 'color') },
      },
      'font-size': { md: t('1rem', 'dimension') },
      space: { md: t('1rem', 'dimension') },
    },
    themes: {
      light: {
        color: {
          text: t('{palette.gray.900}', 'color'),
          'text-muted': t('{palette.gray.600}', 'color'),
          surface: t('{palette.white}', 'color'),
          brand: t('{palette.blue.700}', 'color'),
        },
      },
      night: {
        color: {
          text: t('{palette.white}', 'color'),
          'text-muted': t('{palette.gray.300}', 'color'),
          surface: t('{palette.gray.900}', 'color'),
          brand: t('{palette.gray.300}', 'color'),
        },
      },
    },
    components: { button: { background: t('{color.brand}', 'color'), padding: t('{space.md}', 'dimension') } },
    pairs: [
      { foreground: 'color.text', background: 'color.surface', min: 4.5, use: 'body text' },
      { foreground: 'color.text-muted', background: 'color.surface', min: 4.5, use: 'body text' },
      { foreground: 'button.background', background: 'color.surface', min: 3, use: 'button edge' },
    ],
  };
  return edit(f) ?? f;
}

const dirs = [];
after(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function write(f) {
  const root = await mkdtemp(join(tmpdir(), 'ger-tokens-fixture-'));
  dirs.push(root);
  const src = join(root, 'tokens');
  for (const sub of ['primitives', 'themes', 'components']) await mkdir(join(src, sub), { recursive: true });
  await writeFile(join(src, 'primitives', 'base.tokens.json'), JSON.stringify(f.primitives));
  for (const [name, tokens] of Object.entries(f.themes)) await writeFile(join(src, 'themes', `${name}.tokens.json`), JSON.stringify(tokens));
  await writeFile(join(src, 'components', 'button.tokens.json'), JSON.stringify(f.components));
  await writeFile(join(src, 'contrast-pairs.json'), JSON.stringify({ pairs: f.pairs }));
  if (f.displaySettings) await writeFile(join(src, 'display-settings.json'), JSON.stringify(f.displaySettings));
  return { sourceDir: src, outDir: join(root, 'dist'), pairsFile: join(src, 'contrast-pairs.json') };
}

async function rejects(f, pattern) {
  const options = await write(f);
  let error;
  await assert.rejects(buildTokens(options), (e) => ((error = e), true));
  assert.match(error.message, pattern);
  assert.equal(existsSync(options.outDir), false, 'nothing is written when a check fails');
  return error;
}

describe('buildTokens on fixtures', () => {
  test('the good fixture builds (so the failures below come from the defects)', async () => {
    const options = await write(fixture());
    const result = await buildTokens(options);
    assert.deepEqual(result.themes, ['light', 'night']);
    assert.equal(result.report.summary.checks, 6);
    assert.ok((await readdir(join(options.outDir, 'css'))).includes('ger.css'));
  });

  test('a pair below its minimum fails, naming the pair, theme and ratio', async () => {
    // gray.500 (#767676) on gray.900 (#1a1a1a) is 3.83:1 at night
    const error = await rejects(
      fixture((f) => void (f.themes.night.color['text-muted'] = t('{palette.gray.500}', 'color'))),
      /^Contrast check failed: color\.text-muted on color\.surface in theme "night" is 3\.\d\d:1, needs 4\.5:1 \(body text\)$/,
    );
    assert.deepEqual(error.problems, ['Contrast check failed: color.text-muted on color.surface in theme "night" is 3.83:1, needs 4.5:1 (body text)']);
  });

  test('every failure is listed, not only the first', async () => {
    const error = await rejects(
      fixture((f) => {
        f.themes.night.color['text-muted'] = t('{palette.gray.500}', 'color');
        f.themes.light.color['text-muted'] = t('{palette.gray.300}', 'color');
        f.themes.light.color.brand = t('{palette.gray.300}', 'color');
      }),
      /in theme "night"/,
    );
    assert.equal(error.problems.length, 3);
    assert.match(error.message, /color\.text-muted on color\.surface in theme "light" is 1\.\d\d:1, needs 4\.5:1/);
    assert.match(error.message, /button\.background on color\.surface in theme "light" is 1\.\d\d:1, needs 3:1 \(button edge\)/);
  });

  test('display settings become attribute rules on the root, and must name real tokens', async () => {
    const setting = (property) => ({ font: { attribute: 'data-ger-font', values: { big: { [property]: '2rem' } } } });
    const options = await write(fixture((f) => void (f.displaySettings = setting('--ger-space-md'))));
    await buildTokens(options);
    const css = await readFile(join(options.outDir, 'css', 'ger.css'), 'utf8');
    assert.match(css, /:root\[data-ger-font="big"\] \{\n {2}--ger-space-md: 2rem;\n\}/);
    await rejects(
      fixture((f) => void (f.displaySettings = setting('--ger-space-typo'))),
      /display-settings\.json names properties that are not tokens: --ger-space-typo/,
    );
  });

  test('a pair naming an unknown token is rejected', async () => {
    await rejects(
      fixture((f) => void f.pairs.push({ foreground: 'color.nope', background: 'color.surface', min: 4.5 })),
      /Contrast pair color\.nope on color\.surface: unknown token "color\.nope"/,
    );
  });

  test('a pair naming a token that is not a colour is rejected', async () => {
    await rejects(
      fixture((f) => void f.pairs.push({ foreground: 'space.md', background: 'color.surface', min: 3 })),
      /"space\.md" is a dimension token, not a color/,
    );
  });

  test('a pair without a minimum is rejected', async () => {
    await rejects(
      fixture((f) => void delete f.pairs[0].min),
      /pair #1 needs "min"/,
    );
  });

  test('themes must declare the same roles', async () => {
    await rejects(
      fixture((f) => void (f.themes.light.color.extra = t('{palette.black}', 'color'))),
      /Theme "night" lacks color\.extra \(every theme must declare the same roles\)/,
    );
  });

  test('every token needs a description', async () => {
    await rejects(
      fixture((f) => void delete f.primitives.space.md.$description),
      /Token space\.md has no \$description/,
    );
  });

  test('a broken reference names the theme and the token', async () => {
    await rejects(
      fixture((f) => void (f.themes.night.color.text = t('{palette.gray.55}', 'color'))),
      /Theme "night": [\s\S]*\{color\.text\} tries to reference \{palette\.gray\.55\}/,
    );
  });

  test('the command exits 1 and prints the failures', async () => {
    const options = await write(fixture((f) => void (f.themes.night.color['text-muted'] = t('{palette.gray.500}', 'color'))));
    const run = promisify(execFile)(process.execPath, [buildScript, '--tokens', options.sourceDir, '--out', options.outDir]);
    await assert.rejects(run, (error) => {
      assert.equal(error.code, 1);
      assert.match(error.stderr, /color\.text-muted on color\.surface in theme "night" is 3\.83:1, needs 4\.5:1/);
      return true;
    });
  });
});
