#!/usr/bin/env node
// Adds to each component's class comment the `@cssprop`, `@cssstate` and `@dependency` lines its
// source calls for (component-api.mjs) and the comment lacks, so the Custom Elements Manifest,
// Storybook and editors show every token a component reads. A token's description comes from the
// token build (run `npm run build:tokens` first). Lines already there are kept as written.
//
//   node packages/components/scripts/document-api.mjs          write the missing lines
//   node packages/components/scripts/document-api.mjs --check  only list them; exit 1 if any
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classComment, componentApi, documented } from './component-api.mjs';
import { componentNames, packageDir, srcDir } from './components.mjs';

const META = join(packageDir, '..', 'tokens', 'dist', 'json', 'tokens-meta.json');

/** What each custom state means; a new state needs its sentence here. */
export const STATE_DESCRIPTIONS = {
  'user-invalid': 'The value is wrong and the user has changed it or tried to submit: the error shows.',
  shifted: 'The launcher would cover the element that has focus, so the chat sits in the other corner.',
};

/** Custom properties a component offers that are not design tokens (they default to a token). */
const OWN_PROPERTIES = {
  '--ger-field-width': 'Maximum width of the input (the `width` attribute sets it in characters).',
  '--ger-chat-gap': "Distance of the launcher and the panel from the window's edges.",
};

/** Token name -> description, from the token build. Without a build: none (or, if required, stop). */
export function tokenDescriptions({ required = true } = {}) {
  if (!existsSync(META)) {
    console.error(`No token build at ${META}: run \`npm run build:tokens\` first${required ? '.' : ' to have the tokens described.'}`);
    if (required) process.exit(2);
    return new Map(Object.entries(OWN_PROPERTIES));
  }
  const { tokens } = JSON.parse(readFileSync(META, 'utf8'));
  return new Map([...Object.values(tokens).map((token) => [token.name, token.description]), ...Object.entries(OWN_PROPERTIES)]);
}

/** The JSDoc lines a component's comment lacks. */
export function missingLines(name, descriptions) {
  const api = componentApi(name);
  const comment = classComment(name);
  if (!api.tag || !comment) return [];
  const has = (tag) => new Set(documented(comment.text, tag));
  const sentence = (text) => (text ? ` - ${text.replace(/\s+/g, ' ').trim()}` : '');
  return [
    ...api.tokens.filter((token) => !has('cssprop').has(token)).map((token) => `@cssprop ${token}${sentence(descriptions.get(token))}`),
    ...api.states.filter((state) => !has('cssstate').has(state)).map((state) => `@cssstate ${state}${sentence(STATE_DESCRIPTIONS[state])}`),
    ...api.dependencies.filter((tag) => !has('dependency').has(tag)).map((tag) => `@dependency ${tag}`),
  ];
}

/** Adds JSDoc lines at the end of a component's class comment. */
export function addLines(name, lines) {
  if (!lines.length) return;
  const file = join(srcDir, name, `${name}.ts`);
  const text = readFileSync(file, 'utf8');
  const { start, end } = classComment(name);
  const body = text.slice(start, end - 2).replace(/\s*\*?\s*$/, '');
  const added = lines.map((line) => ` * ${line}`).join('\n');
  writeFileSync(file, `${text.slice(0, start)}${body}\n *\n${added}\n */${text.slice(end)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  // Checking needs only the names; writing wants the descriptions too.
  const descriptions = tokenDescriptions({ required: !check });
  let missing = 0;
  for (const name of componentNames()) {
    const lines = missingLines(name, descriptions);
    if (!lines.length) continue;
    missing += lines.length;
    if (check) console.log(`${name}:\n  ${lines.join('\n  ')}`);
    else addLines(name, lines);
  }
  console.log(`${missing} JSDoc line(s) ${check ? 'missing' : 'added'}.`);
  if (check && missing) process.exit(1);
}
