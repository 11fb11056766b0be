/**
 * The real token build, written to a temporary directory (dist/ is left alone so that
 * other test runs reading it are not disturbed).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { buildTokens } from '../lib/build-tokens.mjs';
import { contrastRatio } from '../lib/contrast.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, '..');
const tokensDir = join(packageDir, '..', '..', 'tokens');

const STATUSES = ['brand', 'success', 'warning', 'danger', 'info', 'neutral'];
/** The names components are written against (the contract). */
const THEMED_NAMES = [
  'color-text',
  'color-text-muted',
  'color-surface',
  'color-surface-raised',
  'color-surface-sunken',
  'color-border',
  'color-border-control',
  'color-link',
  'color-link-hover',
  'color-link-visited',
  'color-focus-ring',
  'color-focus-ring-inner',
  ...STATUSES.flatMap((s) => [`color-${s}`, `color-on-${s}`, `color-${s}-hover`, `color-${s}-subtle`, `color-on-${s}-subtle`]),
].map((n) => `--ger-${n}`);
const PRIMITIVE_NAMES = [
  'font-family-sans',
  'font-family-mono',
  'font-family-legible',
  ...['xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl'].map((s) => `font-size-${s}`),
  'font-weight-regular',
  'font-weight-medium',
  'font-weight-bold',
  'line-height-tight',
  'line-height-heading',
  'line-height-body',
  'letter-spacing-body',
  'word-spacing-body',
  'paragraph-spacing',
  ...['3xs', '2xs', 'xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl'].map((s) => `space-${s}`),
  'radius-sm',
  'radius-md',
  'radius-lg',
  'radius-pill',
  'border-width-thin',
  'border-width-thick',
  'border-width-heavy',
  'shadow-sm',
  'shadow-md',
  'shadow-lg',
  'duration-instant',
  'duration-fast',
  'duration-normal',
  'duration-slow',
  'easing-standard',
  'easing-enter',
  'easing-exit',
  ...['base', 'dropdown', 'sticky', 'overlay', 'modal', 'toast', 'skip-link'].map((s) => `z-${s}`),
  'size-target-minimum',
  'size-target-floor',
  'focus-ring-width',
  'focus-ring-offset',
  'size-measure',
  'size-page-max',
].map((n) => `--ger-${n}`);

const EXPECTED_FILES = [
  'css/ger.css',
  'css/primitives.css',
  'css/themes/light.css',
  'css/themes/night.css',
  'css/themes/contrast.css',
  'js/tokens.js',
  'js/tokens.d.ts',
  'json/light.json',
  'json/night.json',
  'json/contrast.json',
  'json/contrast-report.json',
  'json/tokens-meta.json',
  'scss/_light.scss',
  'scss/_night.scss',
  'scss/_contrast.scss',
  'android/values/colors.xml',
  'android/values-night/colors.xml',
  'android/contrast/colors.xml',
  'android/values/dimens.xml',
  'android/values/font_dimens.xml',
  'ios/GerTokens.swift',
];

/**
 * Split CSS into top-level rules: [{ selector, body }], where a media rule's body holds
 * its inner rule. Enough for generated CSS (no braces in strings).
 */
function rules(css) {
  const out = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let depth = 0;
  let start = 0;
  let selector = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') {
      if (depth === 0) {
        selector = text.slice(start, i).trim();
        start = i + 1;
      }
      depth++;
    } else if (text[i] === '}') {
      depth--;
      if (depth === 0) {
        out.push({ selector, body: text.slice(start, i) });
        start = i + 1;
      }
    }
  }
  return out;
}
const declared = (body) => [...body.matchAll(/(--ger-[a-z0-9-]+)\s*:/g)].map((m) => m[1]);
const declarations = (body) => Object.fromEntries([...body.matchAll(/(--ger-[a-z0-9-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));

let outDir;
let result;
const read = (file) => readFile(join(outDir, file), 'utf8');
const readJson = async (file) => JSON.parse(await read(file));

before(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'ger-tokens-'));
  result = await buildTokens({ sourceDir: tokensDir, outDir, pairsFile: join(tokensDir, 'contrast-pairs.json') });
});
after(() => rm(outDir, { recursive: true, force: true }));

describe('the real token build', () => {
  test('builds light, night and contrast and writes every output file', () => {
    assert.deepEqual(result.themes, ['light', 'night', 'contrast']);
    assert.deepEqual([...result.files].sort(), [...EXPECTED_FILES].sort());
    for (const file of EXPECTED_FILES) assert.ok(existsSync(join(outDir, file)), `${file} was not written`);
  });

  test('every declared pair passes in every theme, and the report says so', async () => {
    const { pairs } = JSON.parse(await readFile(join(tokensDir, 'contrast-pairs.json'), 'utf8'));
    const report = await readJson('json/contrast-report.json');
    assert.equal(report.results.length, pairs.length * 3);
    assert.ok(pairs.length >= 40, 'the declared list covers text, links, fills, tints, borders and focus');
    for (const r of report.results) {
      assert.equal(r.pass, true, `${r.foreground} on ${r.background} in ${r.theme}`);
      // the report's numbers are the real ones, recomputed here from the resolved colours
      const ratio = contrastRatio(r.foregroundColor, r.backgroundColor);
      assert.ok(ratio >= r.min && Math.abs(ratio - r.ratio) < 0.01, `${r.foreground} on ${r.background}: ${ratio} vs ${r.ratio}`);
      for (const key of ['theme', 'foreground', 'background', 'foregroundColor', 'backgroundColor', 'ratio', 'min', 'pass']) {
        assert.ok(key in r, `report entry lacks ${key}`);
      }
    }
    // the report colours are the theme's own values
    const night = await readJson('json/night.json');
    const entry = report.results.find((r) => r.theme === 'night' && r.foreground === 'color.text' && r.background === 'color.surface');
    assert.equal(entry.foregroundColor, night['--ger-color-text']);
    assert.equal(entry.backgroundColor, night['--ger-color-surface']);
  });

  test('the contrast theme reaches 7:1 for text', async () => {
    const report = await readJson('json/contrast-report.json');
    const text = report.results.filter((r) => r.theme === 'contrast' && r.foreground.match(/^color\.(text|link|on-)/));
    assert.ok(text.length > 20);
    for (const r of text) assert.ok(r.ratio >= 7, `${r.foreground} on ${r.background} is ${r.ratio}`);
  });

  test('ger.css has the primitives, theme and media-query blocks in order', async () => {
    const css = await read('css/ger.css');
    const selectors = rules(css).map((r) => r.selector.replace(/\s+/g, ' '));
    assert.deepEqual(selectors, [
      ':root',
      ':root, [data-ger-theme="light"]',
      '[data-ger-theme="night"]',
      '[data-ger-theme="contrast"]',
      '@media (prefers-color-scheme: dark)',
      '@media (prefers-contrast: more)',
      ':where(:root, [data-ger-theme])',
      ':where(:root)',
      ':where(a:link)',
      ':where(a:visited)',
      ':where(a:hover)',
      ':where(a[href], button, input, select, textarea, summary, [tabindex]):focus-visible',
      ':lang(mn-Mong)',
      ':where(:lang(mn-Mong):not(:lang(mn-Mong) *))',
      ':root[data-ger-text-size="125"]',
      ':root[data-ger-text-size="150"]',
      ':root[data-ger-text-size="175"]',
      ':root[data-ger-text-size="200"]',
      ':root[data-ger-text-spacing="wcag"]',
      ':root[data-ger-text-spacing="wcag"]:lang(mn-Mong), :root[data-ger-text-spacing="wcag"] :lang(mn-Mong)',
      ':root[data-ger-text-spacing="wide"]',
      ':root[data-ger-text-spacing="wide"]:lang(mn-Mong), :root[data-ger-text-spacing="wide"] :lang(mn-Mong)',
      ':root[data-ger-motion="reduce"]',
      '@media (prefers-reduced-motion: reduce)',
      ':root[data-ger-font="legible"]',
      ':root[data-ger-font="legible"]:lang(mn-Mong), :root[data-ger-font="legible"] :lang(mn-Mong)',
    ]);
    for (const media of rules(css).slice(4, 6)) {
      assert.deepEqual(
        rules(media.body).map((r) => r.selector),
        [':root:not([data-ger-theme])'],
      );
    }
  });

  test('the display settings scale the browser\'s own text size and give WCAG 1.4.12 spacing, and more for "wide"', async () => {
    const blocks = Object.fromEntries(rules(await read('css/ger.css')).map((r) => [r.selector.replace(/\s+/g, ' '), r.body]));
    for (const size of [125, 150, 175, 200]) {
      // A percentage of the browser's size, so a reader's own browser setting is scaled, not replaced.
      assert.match(blocks[`:root[data-ger-text-size="${size}"]`], new RegExp(`^\\s*font-size:\\s*${size}%;\\s*$`));
    }
    const wcag = declarations(blocks[':root[data-ger-text-spacing="wcag"]']);
    assert.deepEqual(wcag, {
      '--ger-line-height-body': '1.5',
      '--ger-line-height-heading': '1.5',
      '--ger-line-height-tight': '1.5',
      '--ger-paragraph-spacing': '2em',
      '--ger-letter-spacing-body': '0.12em',
      '--ger-word-spacing-body': '0.16em',
    });
    const wide = declarations(blocks[':root[data-ger-text-spacing="wide"]']);
    assert.deepEqual(Object.keys(wide).sort(), Object.keys(wcag).sort());
    for (const [name, value] of Object.entries(wcag))
      assert.ok(parseFloat(wide[name]) > parseFloat(value), `${name}: wide ${wide[name]} is not beyond WCAG ${value}`);
  });

  test('lang="mn-Mong" sets its subtree vertically in the Mongolian stack; spacing settings keep its letters joined', async () => {
    const css = await read('css/ger.css');
    const blocks = Object.fromEntries(rules(css).map((r) => [r.selector.replace(/\s+/g, ' '), r.body]));
    const script = blocks[':lang(mn-Mong)'];
    assert.match(script, /^\s*writing-mode: vertical-lr;/);
    assert.equal(declarations(script)['--ger-font-family-sans'], 'var(--ger-font-family-mongolian)');
    const primitives = declarations(rules(css)[0].body);
    assert.match(primitives['--ger-font-family-mongolian'], /^'Noto Sans Mongolian', 'Mongolian Baiti', /);
    assert.equal(primitives['--ger-letter-spacing-mongolian'], '0em');
    // Columns at least as far apart as WCAG 1.4.12 asks of lines, by default and under each setting.
    assert.ok(parseFloat(primitives['--ger-line-height-mongolian']) >= 1.5);
    assert.ok(parseFloat(primitives['--ger-line-height-mongolian-wide']) > parseFloat(primitives['--ger-line-height-mongolian']));
    for (const value of ['wcag', 'wide']) {
      const nested = declarations(blocks[`:root[data-ger-text-spacing="${value}"]:lang(mn-Mong), :root[data-ger-text-spacing="${value}"] :lang(mn-Mong)`]);
      assert.equal(nested['--ger-letter-spacing-body'], 'var(--ger-letter-spacing-mongolian)', `${value}: no letter spacing in mn-Mong`);
      assert.equal(nested['--ger-word-spacing-body'], undefined, `${value}: word spacing applies in mn-Mong`);
    }
    // Its own text (not only components) takes the script's font and spacing, at zero specificity.
    assert.match(blocks[':where(:lang(mn-Mong):not(:lang(mn-Mong) *))'], /font-family: var\(--ger-font-family-sans\);/);
  });

  test('every theme block declares the same names: all the semantic roles and component tokens', async () => {
    const blocks = rules(await read('css/ger.css'));
    const [primitives, light, night, contrast, darkMedia, contrastMedia] = blocks;
    const themed = [light.body, night.body, contrast.body, rules(darkMedia.body)[0].body, rules(contrastMedia.body)[0].body];
    const expected = declared(light.body).sort();
    for (const body of themed) assert.deepEqual(declared(body).sort(), expected);
    for (const name of THEMED_NAMES) assert.ok(expected.includes(name), `${name} missing from the theme blocks`);
    assert.ok(expected.includes('--ger-button-primary-background'), 'component tokens are re-declared per theme');
    assert.equal(new Set(expected).size, expected.length, 'no name declared twice');

    const prim = declared(primitives.body);
    for (const name of PRIMITIVE_NAMES) assert.ok(prim.includes(name), `${name} missing from :root`);
    for (const name of THEMED_NAMES) assert.ok(!prim.includes(name), `${name} must not be a primitive`);
  });

  test('theme blocks set color-scheme and differ where they should', async () => {
    const [, light, night, contrast, darkMedia, contrastMedia] = rules(await read('css/ger.css'));
    assert.match(light.body, /color-scheme: light;/);
    assert.match(night.body, /color-scheme: dark;/);
    assert.match(contrast.body, /color-scheme: dark;/);
    const l = declarations(light.body);
    const n = declarations(night.body);
    const c = declarations(contrast.body);
    assert.notEqual(l['--ger-color-text'], n['--ger-color-text']);
    assert.notEqual(n['--ger-color-surface'], c['--ger-color-surface']);
    assert.deepEqual(declarations(rules(darkMedia.body)[0].body), n, 'the dark media block is the night theme');
    assert.deepEqual(declarations(rules(contrastMedia.body)[0].body), c, 'the contrast media block is the contrast theme');
    // component tokens follow the theme through var(), so they work on any subtree
    assert.equal(l['--ger-button-primary-background'], 'var(--ger-color-brand)');
  });

  test('values: type scale, spacing, targets and text spacing', async () => {
    const light = await readJson('json/light.json');
    assert.equal(light['--ger-font-size-md'], '1rem');
    assert.equal(light['--ger-line-height-body'], 1.5);
    assert.equal(light['--ger-space-3xs'], '0.125rem');
    assert.equal(light['--ger-space-3xl'], '4rem');
    assert.equal(light['--ger-size-target-minimum'], '2.75rem');
    assert.equal(light['--ger-size-target-floor'], '1.5rem');
    assert.equal(light['--ger-border-width-heavy'], '4px');
    assert.equal(light['--ger-paragraph-spacing'], '1em');
    assert.equal(light['--ger-duration-fast'], '150ms');
    assert.match(light['--ger-easing-standard'], /^cubic-bezier\(/);
    assert.match(light['--ger-font-family-sans'], /^system-ui, .*'Segoe UI'.*sans-serif$/);
    assert.doesNotMatch(JSON.stringify(light), /\[object Object\]/);
    assert.match(light['--ger-shadow-md'], /^0px 1px 2px 0px #[0-9a-f]{8}, /);
  });

  test('android: dp for sizes, sp for fonts, night colours under values-night', async () => {
    const resources = (xml) => Object.fromEntries([...xml.matchAll(/<(?:dimen|color) name="([a-z0-9_]+)">([^<]+)</g)].map((m) => [m[1], m[2]]));
    const dimens = resources(await read('android/values/dimens.xml'));
    assert.equal(dimens.ger_size_target_minimum, '44dp');
    assert.equal(dimens.ger_size_target_floor, '24dp');
    assert.equal(dimens.ger_border_width_thin, '1dp');
    assert.equal(dimens.ger_border_width_heavy, '4dp');
    assert.equal(dimens.ger_space_md, '16dp');
    assert.equal(dimens.ger_button_min_size, '44dp');
    assert.equal(dimens.ger_font_size_md, undefined, 'font sizes are in font_dimens.xml');
    const fonts = resources(await read('android/values/font_dimens.xml'));
    assert.equal(fonts.ger_font_size_md, '16sp');
    assert.equal(fonts.ger_font_size_3xl, '40sp');

    const light = resources(await read('android/values/colors.xml'));
    const night = resources(await read('android/values-night/colors.xml'));
    const contrast = resources(await read('android/contrast/colors.xml'));
    const json = await readJson('json/night.json');
    assert.equal(night.ger_color_text, `#ff${json['--ger-color-text'].slice(1)}`);
    assert.notEqual(light.ger_color_text, night.ger_color_text);
    assert.deepEqual(Object.keys(night).sort(), Object.keys(contrast).sort());
    for (const name of Object.keys(night)) assert.ok(name in light, `${name} has no default in values/`);
    assert.ok(!('ger_palette_blue_700' in night), 'the palette lives in values/ only');
  });

  test('iOS: one colour struct per theme and sizes in points', async () => {
    const swift = await read('ios/GerTokens.swift');
    assert.match(swift, /public static let sizeTargetMinimum: CGFloat = 44\n/);
    assert.match(swift, /public static let fontSizeMd: CGFloat = 16\n/);
    assert.match(swift, /public static let borderWidthThin: CGFloat = 1\n/);
    assert.match(swift, /public static let durationFast: TimeInterval = 0\.15\n/);
    const properties = [...swift.matchAll(/public let (\w+): UIColor/g)].map((m) => m[1]);
    assert.ok(properties.includes('colorText') && properties.includes('colorOnBrandSubtle'));
    for (const theme of ['light', 'night', 'contrast']) {
      const body = swift.split(`public static var ${theme}: GerColors {`)[1]?.split('\n        )')[0];
      assert.ok(body, `no ${theme} theme`);
      const args = [...body.matchAll(/^\s+(\w+): UIColor\(red: [\d.]+, green: [\d.]+, blue: [\d.]+, alpha: 1\)/gm)].map((m) => m[1]);
      assert.deepEqual(args, properties, `${theme} initialises every property in order`);
    }
  });

  test('the JS module exposes the three themes with the same names', async () => {
    const mod = await import(pathToFileURL(join(outDir, 'js/tokens.js')).href);
    assert.deepEqual(Object.keys(mod.themes), ['light', 'night', 'contrast']);
    assert.equal(mod.themes.night, mod.night);
    assert.equal(mod.defaultTheme, 'light');
    const json = await readJson('json/night.json');
    assert.equal(mod.night.colorText, json['--ger-color-text']);
    assert.equal(mod.light.colorText, (await readJson('json/light.json'))['--ger-color-text']);
    assert.notEqual(mod.light.colorText, mod.night.colorText);
    assert.equal(mod.light.fontWeightBold, 700);
    assert.equal(mod.light.fontSize2xl, '2rem');
    assert.deepEqual(Object.keys(mod.night), Object.keys(mod.light));
    assert.deepEqual(Object.keys(mod.contrast), Object.keys(mod.light));
    assert.equal(Object.keys(mod.light).length, Object.keys(json).length);
    assert.equal(mod.cssProperties.colorText, '--ger-color-text');
    assert.ok(Object.isFrozen(mod.light));

    const dts = await read('js/tokens.d.ts');
    assert.match(dts, /export type GerThemeName = "light" \| "night" \| "contrast";/);
    assert.match(dts, /\/\*\* Body text\. \*\/\n {2}readonly colorText: string;/);
    assert.match(dts, /readonly fontWeightBold: number;/);
    for (const t of ['light', 'night', 'contrast']) assert.match(dts, new RegExp(`export declare const ${t}: GerTokens;`));
    const typed = [...dts.matchAll(/readonly (\w+): /g)].map((m) => m[1]);
    assert.deepEqual(typed, Object.keys(mod.light));
  });

  test('tokens-meta.json describes every token with its reference per theme', async () => {
    const meta = await readJson('json/tokens-meta.json');
    const light = await readJson('json/light.json');
    assert.deepEqual(meta.tokens.map((t) => t.name).sort(), Object.keys(light).sort());
    for (const t of meta.tokens) {
      assert.ok(t.description, `${t.path} has no description`);
      assert.ok(t.type && t.path && t.js && t.category, `${t.path} lacks a field`);
    }
    const text = meta.tokens.find((t) => t.path === 'color.text');
    assert.equal(text.category, 'semantic');
    assert.match(text.original.light, /^\{palette\.gray\.\d+\}$/);
    assert.equal(text.value.night, (await readJson('json/night.json'))['--ger-color-text']);
    assert.equal(meta.tokens.find((t) => t.path === 'button.primary.background').original.light, '{color.brand}');
  });

  test('SCSS variables for each theme', async () => {
    for (const theme of ['light', 'night', 'contrast']) {
      const scss = await read(`scss/_${theme}.scss`);
      const json = await readJson(`json/${theme}.json`);
      assert.match(scss, new RegExp(`^\\$ger-color-text: ${json['--ger-color-text']};`, 'm'));
      assert.match(scss, /^\$ger-size-target-minimum: 2\.75rem;/m);
    }
  });

  test('build.mjs runs from any directory and prints a summary', async () => {
    const out = await mkdtemp(join(tmpdir(), 'ger-tokens-cli-'));
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [join(packageDir, 'build.mjs'), '--out', out], { cwd: tmpdir() });
      assert.match(stdout, /built themes light, night, contrast in \d+ ms/);
      assert.match(stdout, /\d+ pairs x 3 themes = \d+ checks, all pass/);
      assert.match(stdout, /wrote 21 files/);
      assert.ok(existsSync(join(out, 'css/ger.css')));
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
