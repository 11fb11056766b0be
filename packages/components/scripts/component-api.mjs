// What a component's styles and templates really use, read from its source: the `--ger-*` custom
// properties its shadow DOM reads, the custom states it sets and the Ger elements it renders. The
// JSDoc test (test/node/jsdoc.test.mjs) holds each class comment to this, and document-api.mjs
// writes the missing lines. A plain reading of the source, no TypeScript: it follows the imports a
// component makes within src/ (static and lazy), takes every css`` template in the files it
// reaches, and from a styles module only the styles it imports by name.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { componentNames, srcDir } from './components.mjs';

const TOKEN_READ = /var\(\s*(--ger-[\w-]+)/g;
const CSS_TEMPLATE = /(?:export\s+const\s+(\w+)\s*=\s*)?css`((?:\\`|[^`])*)`/g;
const STYLE_ARRAY = /export\s+const\s+(\w+)\s*=\s*\[([^\]]*)\]/g;
const IMPORT = /(?:import|export)\s+(?!type\b)(?:([\w\s{},*]+?)\s+from\s+)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;
// setState('name'), states.add('name'), or states[on ? 'add' : 'delete']('name').
const STATE = /\bsetState\(\s*'([\w-]+)'|\.states\??\.(?:add\(|\[[^\]]*'add'[^\]]*\]\()\s*'([\w-]+)'/g;
/** A Ger element a template closes (`</ger-x>`) or code creates: a warning's "<ger-x> …" is neither. */
const RENDERED_TAG = /<\/(ger-[a-z0-9-]+)>|createElement\(\s*'(ger-[a-z0-9-]+)'/g;

const source = (file) => readFileSync(file, 'utf8');
const uniqueSorted = (values) => [...new Set(values)].sort();
/** Source without comments, so prose that mentions `<ger-button>` or `var(--ger-x)` does not count. */
const code = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

function tsFile(from, specifier) {
  const file = resolve(dirname(from), specifier).replace(/\.js$/, '.ts');
  return existsSync(file) ? file : undefined;
}

/** Relative imports of a file: which file, and which names (undefined: the whole module). */
function importsOf(file) {
  const found = [];
  for (const [, clause, specifier, lazy] of code(source(file)).matchAll(IMPORT)) {
    const target = tsFile(file, specifier ?? lazy);
    if (!target) continue;
    const named = clause?.match(/\{([^}]*)\}/)?.[1];
    const names = named
      ?.split(',')
      .map((part) =>
        part
          .trim()
          .split(/\s+as\s+/)[0]
          .replace(/^type\s+/, ''),
      )
      .filter(Boolean);
    found.push({ file: target, names });
  }
  return found;
}

/** Tokens read by the styles `names` exported from a styles module (all of its styles without names). */
function tokensOfStyles(file, names, seen = new Set()) {
  const text = code(source(file));
  const templates = new Map([...text.matchAll(CSS_TEMPLATE)].map(([, name, body]) => [name, body]));
  const arrays = new Map([...text.matchAll(STYLE_ARRAY)].map(([, name, list]) => [name, list.match(/\w+/g) ?? []]));
  const imported = importsOf(file);
  const tokens = [];
  const visit = (name) => {
    const key = `${file}#${name}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (templates.has(name)) {
      const body = templates.get(name);
      tokens.push(...[...body.matchAll(TOKEN_READ)].map((m) => m[1]));
      for (const [, inner] of body.matchAll(/\$\{\s*(\w+)\s*\}/g)) visit(inner);
    } else if (arrays.has(name)) arrays.get(name).forEach(visit);
    else {
      const from = imported.find((entry) => entry.names?.includes(name));
      if (from) tokens.push(...tokensOfStyles(from.file, [name], seen));
    }
  };
  if (names) names.forEach(visit);
  else for (const body of templates.values()) tokens.push(...[...body.matchAll(TOKEN_READ)].map((m) => m[1]));
  return tokens;
}

/** Is this file another component's element module (`src/<other>/<other>.ts`)? */
function otherComponent(file, name) {
  const folder = dirname(file);
  return folder !== join(srcDir, name) && componentNames().some((other) => file === join(srcDir, other, `${other}.ts`));
}

/**
 * The API a component's source uses: `tokens` (--ger-* properties read in its shadow DOM),
 * `states` (custom states it sets) and `dependencies` (Ger elements it renders, its own tag aside).
 */
export function componentApi(name) {
  const entry = join(srcDir, name, `${name}.ts`);
  const tag = /defineElement\(\s*'([\w-]+)'/.exec(source(entry))?.[1];
  const tokens = [];
  const states = [];
  const tags = [];
  const reached = new Set();
  const walk = (file) => {
    if (reached.has(file) || file.endsWith('.test.ts') || otherComponent(file, name)) return;
    reached.add(file);
    const text = code(source(file));
    if (!file.endsWith('.styles.ts')) {
      for (const [, , body] of text.matchAll(CSS_TEMPLATE)) tokens.push(...[...body.matchAll(TOKEN_READ)].map((m) => m[1]));
      for (const match of text.matchAll(STATE)) states.push(match[1] ?? match[2]);
      for (const match of text.matchAll(RENDERED_TAG)) tags.push(match[1] ?? match[2]);
    }
    for (const imported of importsOf(file)) {
      if (imported.file.endsWith('.styles.ts')) tokens.push(...tokensOfStyles(imported.file, imported.names));
      else walk(imported.file);
    }
  };
  walk(entry);
  return {
    tag,
    tokens: uniqueSorted(tokens),
    states: uniqueSorted(states),
    dependencies: uniqueSorted(tags.filter((other) => other !== tag)),
  };
}

/** The class comment of a component's element: the JSDoc block right above `export class`. */
export function classComment(name) {
  const text = source(join(srcDir, name, `${name}.ts`));
  const classAt = text.search(/^export (?:abstract )?class \w+/m);
  const start = text.lastIndexOf('/**', classAt);
  const end = text.indexOf('*/', start) + 2;
  if (start < 0 || end > classAt) return undefined;
  return { text: text.slice(start, end), start, end };
}

/** The names a class comment documents under `@<tag>`, e.g. `cssprop` -> ['--ger-space-md']. */
export function documented(comment, tagName) {
  return [...comment.matchAll(new RegExp(`@${tagName}\\s+\\[?([\\w-]+)`, 'g'))].map((m) => m[1]);
}
