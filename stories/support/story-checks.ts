/**
 * Every story passes axe, in every theme, without anyone writing a test for it.
 *
 * A dev-server plugin (scripts/wtr-stories-plugin.mjs) serves `/__ger/stories.js`, which imports
 * every `stories/*.stories.ts`. Each story is rendered the way the contract in stories/ says it
 * can be, without Storybook: `(story.render ?? meta.render)({ ...meta.args, ...story.args })`
 * must return a Lit TemplateResult. It is rendered with Lit into the page, on the same page styles
 * Storybook uses, and checked with axe (WCAG 2.2 A and AA) in light, night and high contrast in
 * Mongolian, and once in English and once in the traditional script (mn-Mong, vertical); and every Ger element in it has a host that is a box.
 *
 * The story files are checked in parts, one test file each (stories/stories-<part>.test.ts): one
 * file of them all was the suite's longest by far, ran alone at the end of the Chromium run, and
 * on a busy machine went past the runner's time limit for a file.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { isTemplateResult } from 'lit/directive-helpers.js';
import { expectNoAxeViolations } from '../../packages/components/test/axe.js';
import {
  findHostsWithoutBox,
  resetConditions,
  setLang,
  setTheme,
  THEMES,
  TRADITIONAL_SCRIPT,
  whenStringsLoaded,
} from '../../packages/components/test/viewing-conditions.js';
import { captureWarnings, nextFrame } from '../../packages/components/test/helpers.js';
import { adoptPageStyles } from './page.js';
import { cleanUpStoryRootAfterEach, renderStoryRoot } from './story-root.js';

type Args = Record<string, unknown>;
type RenderFn = (args: Args) => unknown;
interface StoryAnnotations {
  name?: string;
  args?: Args;
  render?: RenderFn;
  /** `gerTest.timeout`: a story that renders a lot (the catalogue's 1,448 services) may take longer than 10 s in a slow engine. */
  parameters?: { gerTest?: { timeout?: number } };
}
interface MetaAnnotations extends StoryAnnotations {
  title?: string;
  excludeStories?: string[];
}
type StoriesModule = Record<string, unknown>;

/** Storybook's rule: every named export is a story, except `default`, `__namedExportsOrder` and `excludeStories`. */
function storiesIn(module: StoriesModule): [string, StoryAnnotations][] {
  const meta = (module.default ?? {}) as MetaAnnotations;
  return Object.entries(module)
    .filter(([name]) => name !== 'default' && name !== '__namedExportsOrder' && !meta.excludeStories?.includes(name))
    .filter(([, value]) => typeof value === 'function' || (typeof value === 'object' && value !== null && !Array.isArray(value)))
    .map(([name, value]) => [name, typeof value === 'function' ? { render: value as RenderFn } : (value as StoryAnnotations)]);
}

let container: HTMLElement | undefined;

/** Waits until every Lit element in the story, in light and shadow DOM, has rendered. */
async function settle(root: Element): Promise<void> {
  for (let pass = 0; pass < 3; pass++) {
    const pending: Promise<unknown>[] = [];
    const visit = (node: Element | ShadowRoot) => {
      for (const element of node.querySelectorAll('*')) {
        const update = (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
        if (update) pending.push(update);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(root);
    await Promise.all(pending);
    await nextFrame();
  }
}

type Lang = 'mn' | 'en' | typeof TRADITIONAL_SCRIPT;
type Conditions = { theme: (typeof THEMES)[number]; lang: Lang };

/**
 * Renders a story exactly as the contract says, into a fresh container in the page. A component
 * may set the root's attributes itself when it connects (the display-settings store applies the
 * reader's saved theme): the page's conditions are set again afterwards and checked, so a story
 * is never silently tested in another theme than the test says.
 */
async function renderStory(meta: MetaAnnotations, story: StoryAnnotations, conditions?: Conditions): Promise<HTMLElement> {
  const renderFn = story.render ?? meta.render;
  expect(renderFn, 'the story or its meta has a render function').to.be.a('function');
  const result = renderFn!({ ...meta.args, ...story.args });
  expect(isTemplateResult(result), 'render returns a Lit TemplateResult').to.equal(true);
  container = renderStoryRoot(result);
  await settle(container);
  if (conditions) {
    setTheme(conditions.theme);
    setLang(conditions.lang);
    if (conditions.lang === TRADITIONAL_SCRIPT) await whenStringsLoaded(TRADITIONAL_SCRIPT);
    await settle(container);
    expect(document.documentElement.getAttribute('data-ger-theme'), 'theme while axe runs').to.equal(conditions.theme);
    expect(document.documentElement.lang, 'language while axe runs').to.equal(conditions.lang);
  }
  return container;
}

async function preparePage(theme: (typeof THEMES)[number], lang: Lang) {
  await resetConditions();
  adoptPageStyles();
  setTheme(theme);
  setLang(lang);
}

/**
 * Registers the checks of part `part` of `parts` of the story files (every `parts`-th file, in
 * name order, so that each part gets a share of the long ones). The test file awaits it: mocha
 * must see every describe/it once the test module has run.
 */
export async function describeStoryChecks(part: number, parts: number): Promise<void> {
  const url = `/__ger/stories.js?part=${part}&parts=${parts}`;
  const { storyModules, storyFileCount } = (await import(/* @vite-ignore */ url)) as { storyModules: [string, StoriesModule][]; storyFileCount: number };

  cleanUpStoryRootAfterEach();

  describe('stories', () => {
    it('finds the story modules', () => {
      expect(storyFileCount, 'stories/*.stories.ts modules served by /__ger/stories.js').to.be.greaterThan(0);
    });

    it('the axe check fails on an inaccessible story (the test can fail)', async () => {
      await preparePage('light', 'mn');
      // eslint-disable-next-line lit-a11y/alt-text -- the image without alt is the fault axe must find
      const bad = { render: () => html`<ger-button variant="primary"></ger-button><img src="data:," />` };
      const root = await renderStory({}, bad);
      let failure: unknown;
      await expectNoAxeViolations(root).catch((error: unknown) => (failure = error));
      expect(String(failure)).to.contain('image-alt');
    });
  });

  for (const [file, module] of storyModules) {
    const meta = (module.default ?? {}) as MetaAnnotations;
    const stories = storiesIn(module);

    describe(`stories/${file}`, function () {
      // A story may be a whole page (the catalogue's 1,448 cards): axe takes its time there.
      this.timeout(60000);

      it('has a default export (meta) and at least one story', () => {
        expect(module.default, 'default export: the meta').to.be.an('object');
        expect(
          stories.map(([name]) => name),
          'named exports: the stories',
        ).to.have.length.greaterThan(0);
      });

      for (const [exportName, story] of stories) {
        describe(`${meta.title ?? file} / ${story.name ?? exportName}`, function () {
          const timeout = story.parameters?.gerTest?.timeout;
          if (timeout) this.timeout(timeout);
          it('renders without Storybook, without console warnings', async () => {
            await preparePage('light', 'mn');
            const warnings = await captureWarnings(() => renderStory(meta, story));
            expect(warnings, 'console warnings while rendering').to.deep.equal([]);
            expect(Boolean(container!.textContent!.trim() || container!.querySelector('*')), 'rendered content').to.equal(true);
          });

          it('gives every Ger element a host that is a box (laid out, measured, scrolled to, clicked)', async () => {
            await preparePage('light', 'mn');
            expect(findHostsWithoutBox(await renderStory(meta, story))).to.deep.equal([]);
          });

          for (const theme of THEMES) {
            it(`passes axe in ${theme}`, async () => {
              await preparePage(theme, 'mn');
              await expectNoAxeViolations(await renderStory(meta, story, { theme, lang: 'mn' }));
            });
          }

          it('passes axe in English (light)', async () => {
            await preparePage('light', 'en');
            await expectNoAxeViolations(await renderStory(meta, story, { theme: 'light', lang: 'en' }));
          });

          it('passes axe in the traditional script, set vertically (light)', async () => {
            await preparePage('light', TRADITIONAL_SCRIPT);
            await expectNoAxeViolations(await renderStory(meta, story, { theme: 'light', lang: TRADITIONAL_SCRIPT }));
          });
        });
      }
    });
  }
}
