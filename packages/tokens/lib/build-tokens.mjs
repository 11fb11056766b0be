/**
 * buildTokens: DTCG sources -> checked, multi-platform, multi-theme outputs.
 *
 * sourceDir layout:
 *   primitives/*.tokens.json   theme-independent tokens
 *   themes/<name>.tokens.json  the same semantic roles for every theme
 *   components/*.tokens.json   component tokens referencing semantic ones
 *
 * Each theme is built with its own style-dictionary instance (primitives + that theme +
 * components). The contrast check runs on the resolved values before anything is written,
 * so a failing build leaves the previous outputs in place.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import StyleDictionary from 'style-dictionary';
import { checkContrast, loadPairs, TokenCheckError } from './check.mjs';
import { relativeLuminance } from './contrast.mjs';
import * as formats from './formats.mjs';
import { isFontSize, isNativeDimension, platforms, transforms } from './transforms.mjs';

/** Preferred order of themes; the first one present is the default (on :root). */
export const THEME_ORDER = ['light', 'night', 'contrast'];

/** Media queries under which a page without data-ger-theme gets a theme. */
export const THEME_MEDIA = {
  night: '(prefers-color-scheme: dark)',
  contrast: '(prefers-contrast: more)',
};

/** Every directory buildTokens writes under outDir (stale files in them are removed). */
export const OUTPUT_DIRS = ['css', 'js', 'json', 'scss', 'android', 'ios'];

const SUFFIX = '.tokens.json';
const CATEGORY_DIRS = { primitives: 'primitive', themes: 'semantic', components: 'component' };
const posix = (p) => p.split(sep).join('/');

async function listTokenFiles(dir) {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith(SUFFIX)).sort();
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw error;
  }
}

export async function discoverThemes(sourceDir) {
  const names = (await listTokenFiles(join(sourceDir, 'themes'))).map((f) => f.slice(0, -SUFFIX.length));
  if (names.length === 0) throw new Error(`No themes: expected ${join(sourceDir, 'themes')}/<name>${SUFFIX}`);
  for (const name of names) {
    if (!/^[a-z][a-z0-9]*$/.test(name)) throw new Error(`Theme file name "${name}${SUFFIX}" must be lowercase letters and digits`);
  }
  const rank = (n) => (THEME_ORDER.includes(n) ? THEME_ORDER.indexOf(n) : THEME_ORDER.length);
  return names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Build one theme: a style-dictionary instance and its resolved dictionaries. */
async function resolveTheme({ sourceDir, name, prefix, isDefault }) {
  const glob = (sub) => posix(join(sourceDir, sub, `*${SUFFIX}`));
  const plat = platforms(prefix);
  const categoryOf = (token) => {
    const top = posix(relative(sourceDir, resolve(token.filePath))).split('/')[0];
    return CATEGORY_DIRS[top] ?? 'primitive';
  };

  const themed = (t) => categoryOf(t) !== 'primitive';
  const androidColors = { destination: 'colors.xml', format: 'android/resources', filter: (t) => t.$type === 'color' && (isDefault || themed(t)) };
  plat.android.files = isDefault
    ? [
        { ...androidColors, destination: 'values/colors.xml' },
        { destination: 'values/dimens.xml', format: 'android/resources', filter: (t) => isNativeDimension(t) && !isFontSize(t) },
        { destination: 'values/font_dimens.xml', format: 'android/resources', filter: (t) => isNativeDimension(t) && isFontSize(t) },
      ]
    : [{ ...androidColors, destination: `${name === 'night' ? 'values-night' : name}/colors.xml` }];
  plat.scss.files = [{ destination: `_${name}.scss`, format: 'scss/variables' }];

  const sd = new StyleDictionary({
    source: [glob('primitives'), posix(join(sourceDir, 'themes', `${name}${SUFFIX}`)), glob('components')],
    hooks: { transforms },
    platforms: plat,
    log: { verbosity: 'verbose', warnings: 'error' },
  });
  await sd.hasInitialized;

  const dictionaries = {};
  for (const p of ['css', 'js', 'ios']) {
    const dict = await sd.getPlatformTokens(p);
    for (const token of dict.allTokens) token.category = categoryOf(token);
    dictionaries[p] = dict;
  }
  const surface = dictionaries.css.allTokens.find((t) => t.path.join('.') === 'color.surface');
  const colorScheme = surface && relativeLuminance(surface.$value) < 0.18 ? 'dark' : 'light';
  const [scss, android] = await Promise.all([formatQuietly(sd, 'scss'), formatQuietly(sd, 'android')]);
  return { name, colorScheme, media: isDefault ? undefined : THEME_MEDIA[name], ...dictionaries, scss, android };
}

/**
 * sd.formatPlatform without its console output (the instance is verbose so that a broken
 * reference error names the token). Any warning fails the build.
 */
async function formatQuietly(sd, platform) {
  const config = sd.getPlatformConfig(platform);
  const dictionary = await sd.getPlatformTokens(platform);
  const files = config.files.filter((file) => !file.filter || dictionary.allTokens.some(file.filter));
  return Promise.all(
    files.map(async (file) => {
      const { output, destination, logs } = await sd.formatFile(file, config, dictionary);
      if (logs.warning.length) throw new Error(`${platform}/${destination}:\n${logs.warning.join('\n')}`);
      return { output, destination };
    }),
  );
}

/** Every token needs a $type and a $description (the docs show it). */
function checkDocumented(themes) {
  const problems = new Set();
  for (const theme of themes) {
    for (const token of theme.css.allTokens) {
      const path = token.path.join('.');
      if (!token.$type) problems.add(`Token ${path} has no $type`);
      if (typeof token.$description !== 'string' || !token.$description.trim()) problems.add(`Token ${path} has no $description`);
    }
  }
  if (problems.size) throw new TokenCheckError([...problems]);
}

/** Output names must be unique on every platform (e.g. font-size.2xl and font.size-2xl collide). */
function checkNameCollisions(themes) {
  const problems = [];
  for (const platform of ['css', 'js', 'ios']) {
    const seen = new Map();
    for (const token of themes[0][platform].allTokens) {
      const path = token.path.join('.');
      if (seen.has(token.name)) problems.push(`${platform}: ${path} and ${seen.get(token.name)} both become "${token.name}"`);
      else seen.set(token.name, path);
    }
  }
  if (problems.length) throw new TokenCheckError(problems);
}

/** Every theme must declare the same semantic roles. */
function checkSameRoles(themes) {
  const roles = (t) => new Set(t.css.allTokens.filter((x) => x.category === 'semantic').map((x) => x.path.join('.')));
  const all = new Set(themes.flatMap((t) => [...roles(t)]));
  const problems = [];
  for (const theme of themes) {
    const own = roles(theme);
    const missing = [...all].filter((r) => !own.has(r));
    if (missing.length) problems.push(`Theme "${theme.name}" lacks ${missing.join(', ')} (every theme must declare the same roles)`);
  }
  if (problems.length) throw new TokenCheckError(problems);
}

/** A JSON file of the source (display-settings.json, scripts.json), when it has one (test fixtures may not). */
async function loadOptionalJson(sourceDir, name) {
  try {
    return JSON.parse(await readFile(join(sourceDir, name), 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') return undefined;
    throw new Error(`${name}: ${error.message}`, { cause: error });
  }
}

async function listFiles(dir) {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name));
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Write each file atomically (temp file + rename), so a test or dev server reading dist/
 * while the build runs never sees a missing or half-written file; then delete stale files.
 */
async function writeOutputs(outDir, files) {
  const existing = (await Promise.all(OUTPUT_DIRS.map((d) => listFiles(join(outDir, d))))).flat();
  const targets = new Set();
  await Promise.all(
    [...files].map(async ([file, contents]) => {
      const target = join(outDir, file);
      targets.add(target);
      await mkdir(dirname(target), { recursive: true });
      const temp = `${target}.${process.pid}.tmp`;
      await writeFile(temp, contents);
      await rename(temp, target);
    }),
  );
  await Promise.all(existing.filter((f) => !targets.has(f)).map((f) => rm(f, { force: true })));
}

/**
 * @param {{ sourceDir: string, outDir: string, pairsFile?: string, prefix?: string, write?: boolean }} options
 * @returns {Promise<{ themes: string[], files: string[], report: object }>}
 */
export async function buildTokens({ sourceDir, outDir, pairsFile, prefix = 'ger', write = true }) {
  if (!sourceDir || !outDir) throw new Error('buildTokens needs sourceDir and outDir');
  sourceDir = resolve(sourceDir);
  outDir = resolve(outDir);
  pairsFile = resolve(pairsFile ?? join(sourceDir, 'contrast-pairs.json'));

  const [names, pairs] = await Promise.all([discoverThemes(sourceDir), loadPairs(pairsFile)]);
  // One theme at a time: style-dictionary collects reference errors in a module-wide
  // buffer, so parallel instances would report each other's errors.
  const themes = [];
  for (const [i, name] of names.entries()) {
    try {
      themes.push(await resolveTheme({ sourceDir, name, prefix, isDefault: i === 0 }));
    } catch (error) {
      throw new Error(`Theme "${name}": ${String(error.message).trim()}`, { cause: error });
    }
  }
  checkDocumented(themes);
  checkSameRoles(themes);
  checkNameCollisions(themes);
  const report = checkContrast(
    themes.map((t) => ({
      name: t.name,
      values: new Map(t.css.allTokens.map((x) => [x.path.join('.'), { type: x.$type, value: x.$value }])),
    })),
    pairs,
  );

  /** @type {Map<string, string>} relative path -> contents */
  const files = new Map();
  files.set(
    'css/ger.css',
    formats.cssBundle(themes, await loadOptionalJson(sourceDir, 'display-settings.json'), await loadOptionalJson(sourceDir, 'scripts.json')),
  );
  files.set('css/primitives.css', formats.primitivesCss(themes[0]));
  for (const t of themes) files.set(`css/themes/${t.name}.css`, formats.themeCss(t));
  files.set('js/tokens.js', formats.jsModule(themes));
  files.set('js/tokens.d.ts', formats.jsTypes(themes));
  for (const t of themes) files.set(`json/${t.name}.json`, formats.flatJson(t));
  files.set('json/contrast-report.json', formats.contrastReport(report));
  files.set('json/tokens-meta.json', formats.tokensMeta(themes));
  for (const t of themes) {
    for (const { destination, output } of t.scss) files.set(`scss/${destination}`, output);
    for (const { destination, output } of t.android) files.set(`android/${destination}`, output + '\n');
  }
  files.set('ios/GerTokens.swift', formats.swift(themes));

  if (write) await writeOutputs(outDir, files);
  return { themes: names, files: [...files.keys()].sort(), report };
}
