#!/usr/bin/env node
// `npm run new -- <name>`: a new component `ger-<name>` that builds, type-checks, lints and passes
// the whole suite before anything is added to it. It writes the element, its styles and its test
// (src/<name>/), its strings (locales/<name>.ts, with the keys typed in translation.ts and spread
// into mn.ts and en.ts), a story, the index export and a server-rendering fixture (hydration test).
// The build, the size budget and the CDN test find the new folder by themselves.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'packages/components/src');

/** Folders of src/ that are shared code; a component cannot take their names. */
const RESERVED = ['base', 'controllers', 'locales', 'styles', 'utils', 'test'];

/** Shared files a new component is added to. */
const EDITED = {
  translation: 'packages/components/src/locales/translation.ts',
  mn: 'packages/components/src/locales/mn.ts',
  en: 'packages/components/src/locales/en.ts',
  mnMong: 'packages/components/src/locales/mn-Mong.ts',
  index: 'packages/components/src/index.ts',
  fixtures: 'packages/components/test/hydration-fixtures.mjs',
};

/** "Одоогоор хоосон байна" (nothing here yet) in the traditional script, as mn-Mong.ts writes it. */
const EMPTY_IN_TRADITIONAL_SCRIPT = 'ᠡᠳᠦᠭᠡ ᠪᠡᠷ ᠬᠣᠭᠣᠰᠣᠨ ᠪᠠᠶᠢᠨ᠎ᠠ';

export class ScaffoldError extends Error {}

const pascal = (name) => name.replace(/(^|-)([a-z0-9])/g, (_, _dash, letter) => letter.toUpperCase());
const camel = (name) => pascal(name).replace(/^./, (letter) => letter.toLowerCase());
const title = (name) => name.replace(/-/g, ' ').replace(/^./, (letter) => letter.toUpperCase());

/** Why `name` cannot be a new component, or undefined if it can. */
export function problemWith(name) {
  if (!name) return 'Give the component a name: npm run new -- <name>, e.g. npm run new -- date-picker';
  if (name.startsWith('ger-')) return `Give the name without "ger-": npm run new -- ${name.slice(4)}`;
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name))
    return `"${name}" is not a name: lower-case letters and digits in words joined by "-", starting with a letter (e.g. date-picker).`;
  if (RESERVED.includes(name)) return `"${name}" is a folder of shared code in packages/components/src; choose another name.`;
  const taken = [join(src, name), join(src, 'locales', `${name}.ts`), join(root, 'stories', `${name}.stories.ts`)].find((path) => existsSync(path));
  if (taken) return `ger-${name} exists already (${relative(root, taken)}); choose another name.`;
  return undefined;
}

/** Inserts `text` before `anchor`: its first match after `after` if given, else its last match. */
function insertBefore(path, anchor, text, after) {
  const file = join(root, path);
  const source = readFileSync(file, 'utf8');
  const from = after === undefined ? -1 : source.indexOf(after);
  const at = after === undefined ? source.lastIndexOf(anchor) : from < 0 ? -1 : source.indexOf(anchor, from);
  if (at < 0) throw new ScaffoldError(`${path} no longer has "${(after ?? anchor).trim()}" where the scaffolder adds to it; add the lines by hand.`);
  writeFileSync(file, source.slice(0, at) + text + source.slice(at));
}

function files(name) {
  const Name = pascal(name);
  const id = camel(name);
  const tag = `ger-${name}`;
  const empty = `${id}Empty`;
  return {
    [`packages/components/src/${name}/${name}.ts`]: `import { html } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { ${id}Strings } from '../locales/${name}.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { ${id}Styles } from './${name}.styles.js';

/**
 * @tagname ${tag}
 * @summary ${title(name)}: say in one sentence what it is for and when to use it.
 *
 * @slot - The content. Without it, the element says that it is empty.
 *
 * @csspart base - The box around the content.
 */
export class Ger${Name} extends GerElement {
  static override styles = [...sharedStyles, ${id}Styles];
  static override strings = ${id}Strings;

  override render() {
    return html\`<div part="base" class="base"><slot>\${this.localize.term('${empty}')}</slot></div>\`;
  }
}

defineElement('${tag}', Ger${Name});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': Ger${Name};
  }
}
`,
    [`packages/components/src/${name}/${name}.styles.ts`]: `import { css } from 'lit';

export const ${id}Styles = css\`
  /* The host is a box: an author lays it out, measures it, scrolls to it and clicks it. */
  :host {
    display: block;
    color: var(--ger-color-text);
  }

  .base {
    padding-block: var(--ger-space-sm);
    padding-inline: var(--ger-space-md);
  }
\`;
`,
    [`packages/components/src/${name}/${name}.test.ts`]: `import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import type { Ger${Name} } from './${name}.js';
import './${name}.js';

describe('${tag}', () => {
  it('shows its content in a box that can be measured', async () => {
    const el = await fixture<Ger${Name}>(html\`<${tag}>Агуулга</${tag}>\`);
    expect(el.textContent).to.equal('Агуулга');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('says that it is empty, in the language of the page', async () => {
    const mn = await fixture<Ger${Name}>(html\`<${tag}></${tag}>\`);
    expect(mn.shadowRoot!.textContent!.trim()).to.equal('Одоогоор хоосон байна');
    const page = await fixture(html\`<div lang="en"><${tag}></${tag}></div>\`);
    const en = page.querySelector<Ger${Name}>('${tag}')!;
    await en.updateComplete;
    expect(en.shadowRoot!.textContent!.trim()).to.equal('Nothing here yet');
  });
});

describeAccessibility('${tag}', () => html\`<${tag}>Агуулга</${tag}>\`);
`,
    [`packages/components/src/locales/${name}.ts`]: `import { defineStrings } from './strings.js';

/** Strings of ${tag}, in the built-in languages. */
export const ${id}Strings = defineStrings({
  mn: {
    ${empty}: 'Одоогоор хоосон байна',
  },
  en: {
    ${empty}: 'Nothing here yet',
  },
});
`,
    [`stories/${name}.stories.ts`]: `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/${name}/${name}.js';
import { t } from './support/page.js';

interface ${Name}Args {
  /** The content; empty shows the element's own "empty" text. */
  content: string;
}

const meta: Meta<${Name}Args> = {
  title: 'Components/${title(name)}',
  component: '${tag}',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'What ${tag} is for, when to use it and when not to.',
      },
    },
  },
  argTypes: {
    content: { control: 'text', description: 'The content (default slot).', table: { category: 'story' } },
  },
  args: { content: '' },
  render: (args) => html\`<${tag}>\${args.content || t('Жишээ агуулга', 'Example content')}</${tag}>\`,
};
export default meta;

type Story = StoryObj<${Name}Args>;

export const Default: Story = {};

/** With no content, it says so in the page language. */
export const Empty: Story = {
  render: () => html\`<${tag}></${tag}>\`,
};
`,
  };
}

/** Writes component `name`; returns the files it wrote or changed, relative to the repository. */
export function scaffold(name) {
  const problem = problemWith(name);
  if (problem) throw new ScaffoldError(problem);
  const id = camel(name);
  const written = files(name);
  mkdirSync(join(src, name), { recursive: true });
  for (const [path, text] of Object.entries(written)) writeFileSync(join(root, path), text);

  const key = `\n\n  // ger-${name}\n  /** What ger-${name} says when it has no content. */\n  ${id}Empty: string;`;
  insertBefore(EDITED.translation, '\n}', key, 'export interface Translation {');
  for (const lang of ['mn', 'en']) {
    insertBefore(EDITED[lang], "import type { Translation } from './translation.js';", `import { ${id}Strings } from './${name}.js';\n`);
    insertBefore(EDITED[lang], '\n};', `\n  ...${id}Strings.${lang},`);
  }
  // The traditional script has one file of every string (mn-Mong.ts); its review file is generated from it.
  insertBefore(EDITED.mnMong, '\n};', `\n  // ${name}\n  ${id}Empty: '${EMPTY_IN_TRADITIONAL_SCRIPT}',`);
  const index = join(root, EDITED.index);
  writeFileSync(index, `${readFileSync(index, 'utf8').trimEnd()}\nexport { Ger${pascal(name)} } from './${name}/${name}.js';\n`);
  insertBefore(EDITED.fixtures, '\n};', `\n  ${id}: html\`<ger-${name} id="${name}">Агуулга</ger-${name}>\`,`);
  return [...Object.keys(written), ...Object.values(EDITED)];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const name = process.argv[2];
  try {
    const paths = scaffold(name);
    // The class comment names the tokens the new styles read, as every component's must.
    const { addLines, missingLines, tokenDescriptions } = await import('../packages/components/scripts/document-api.mjs');
    addLines(name, missingLines(name, tokenDescriptions({ required: false })));
    execFileSync(process.execPath, [join(root, 'scripts', 'mong-review.mjs')], { stdio: 'inherit' });
    console.log(`ger-${name}: wrote and changed\n  ${paths.join('\n  ')}`);
    console.log(`Next: npm test -- --engine chromium --files 'packages/components/src/${name}/*.test.ts', then make it yours.`);
  } catch (error) {
    if (!(error instanceof ScaffoldError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
