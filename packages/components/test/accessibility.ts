import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { expectNoAxeViolations } from './axe.js';
import { itNeeds, supports } from './engine.js';
import {
  applyTextSpacing,
  describeElement,
  findClippedElements,
  findOverflowingTextBoxes,
  findPartsPastViewport,
  findTextElements,
  isDrawn,
  isTraditionalScript,
  horizontalOverflow,
  LANGS,
  resetConditions,
  setForcedColors,
  setLang,
  setDisplaySetting,
  setLargestDisplaySettings,
  setNarrowViewport,
  setTextSize,
  setTheme,
  THEMES,
  TRADITIONAL_SCRIPT,
  whenStringsLoaded,
} from './viewing-conditions.js';
import { walkComposedTree } from './helpers.js';
import { fixtureVerticalBlock } from './vertical-script.js';

const isComponent = (element: Element | null) => Boolean(element?.localName.startsWith('ger-'));

/** The Ger elements in `root` (itself included) that are not inside another one. */
function outermostComponents(root: Element): Element[] {
  const insideAnother = (element: Element) => {
    for (let parent = element.parentElement; parent && parent !== root.parentElement; parent = parent.parentElement) if (isComponent(parent)) return true;
    return false;
  };
  return [root, ...root.querySelectorAll('*')].filter((element) => isComponent(element) && !insideAnother(element));
}

async function settle(element: Element): Promise<void> {
  await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

async function renderAndCheck(template: () => TemplateResult, before?: (element: Element) => void | Promise<void>) {
  const element = await fixture(template());
  await before?.(element);
  await settle(element);
  await expectNoAxeViolations(element.parentElement ?? element);
  return element;
}

/**
 * The accessibility checks every component must pass, each a test of its own: axe (WCAG 2.2 A
 * and AA) in every theme and language, under forced colours, at 200% text, with WCAG 1.4.12
 * text spacing, and at 320 px width, and at 320 px with the largest text and widest spacing of the
 * display settings, without clipped text or sideways scrolling; that every display setting
 * (theme, font, text size, text spacing) reaches the component's text; and in the traditional
 * Mongol script (mn-Mong), both as a vertical page and as a vertical block in a horizontal one.
 */
/**
 * Where the engine keeps native buttons and inputs horizontal in vertical text (WebKitGTK, see
 * engine.ts), the mn-Mong checks leave them out, and the components that hold them out of the
 * overflow checks (a horizontal button overflows its vertical host); the tests' titles say so.
 */
const NATIVE_CONTROLS = 'button, input, select, textarea';
const VERTICAL_CONTROLS = supports('vertical form controls');
const ENGINE_NOTE = VERTICAL_CONTROLS ? '' : ' (native buttons and inputs left out: this engine keeps them horizontal)';

function holdsNativeControl(root: Element): boolean {
  let found = false;
  walkComposedTree(root, (element) => {
    found ||= element.matches(NATIVE_CONTROLS);
  });
  return found;
}

/**
 * Drawn text of the components in `root` that is not set vertically in the Mongolian font stack,
 * each with what it has instead.
 */
function findTextNotInTraditionalScript(root: Element): string[] {
  return outermostComponents(root)
    .flatMap(findTextElements)
    .filter((text) => VERTICAL_CONTROLS || !text.closest(NATIVE_CONTROLS))
    .map((text) => ({ text, style: getComputedStyle(text) }))
    .filter(({ style }) => style.writingMode !== 'vertical-lr' || !/^["']?Noto Sans Mongolian["']?,/.test(style.fontFamily))
    .map(({ text, style }) => `${describeElement(text)} ${style.writingMode}, ${style.fontFamily.split(',')[0]}`);
}

/** Renders `template` in the traditional script (as a vertical block, or the whole page) once its strings are there. */
async function renderInTraditionalScript(template: () => TemplateResult, block: boolean): Promise<Element> {
  if (block) return fixtureVerticalBlock(template());
  setLang(TRADITIONAL_SCRIPT);
  const element = await fixture(template());
  await whenStringsLoaded(TRADITIONAL_SCRIPT);
  await settle(element);
  return element;
}

export function describeAccessibility(name: string, template: () => TemplateResult): void {
  describe(`${name}: accessibility`, () => {
    afterEach(resetConditions);

    for (const theme of THEMES) {
      for (const lang of LANGS) {
        it(`passes axe in the ${theme} theme in ${lang}`, async () => {
          setTheme(theme);
          setLang(lang);
          await renderAndCheck(template);
        });
      }
    }

    itNeeds(['media emulation'], 'passes axe under forced colours', async () => {
      await setForcedColors(true);
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      await renderAndCheck(template);
    });

    it('passes axe at 200% text size, with nothing clipped', async () => {
      setTextSize(200);
      const element = await renderAndCheck(template);
      expect(findClippedElements(element)).to.deep.equal([]);
    });

    it('passes axe with WCAG 1.4.12 text spacing, with nothing clipped', async () => {
      const element = await renderAndCheck(template, applyTextSpacing);
      expect(findClippedElements(element)).to.deep.equal([]);
    });

    itNeeds(['viewport'], 'fits 320 px width without horizontal scrolling', async () => {
      await setNarrowViewport(320);
      const element = await renderAndCheck(template);
      expect(horizontalOverflow()).to.equal(0);
      expect(findClippedElements(element)).to.deep.equal([]);
    });

    itNeeds(['viewport'], 'fits 320 px at 200% text with the widest spacing, without clipped text or sideways scrolling', async () => {
      await setNarrowViewport(320);
      setLargestDisplaySettings();
      // No axe here: it runs at 200% text and with text spacing above.
      const element = await fixture(template());
      await settle(element);
      // The components' own parts, not the page around them: a page's own heading with a long
      // word is the page's to wrap.
      expect(outermostComponents(element).flatMap((component) => findPartsPastViewport(component))).to.deep.equal([]);
      expect(outermostComponents(element).flatMap(findOverflowingTextBoxes)).to.deep.equal([]);
      expect(findClippedElements(element)).to.deep.equal([]);
    });

    it('follows every display setting: night theme, legible font, 150% text and WCAG spacing reach it', async () => {
      const element = await fixture(template());
      await settle(element);
      const components = outermostComponents(element);
      const texts = components.flatMap(findTextElements);
      expect(texts.length, 'text in the component').to.be.greaterThan(0);

      // Each component changes somewhere: its colours at night, its letters with the legible font.
      for (const [setting, value, property] of [
        ['theme', 'night', 'color'],
        ['font', 'legible', 'fontFamily'],
      ] as const) {
        const styles = () =>
          components.map((component) =>
            findTextElements(component)
              .map((text) => getComputedStyle(text)[property])
              .join('|'),
          );
        const before = styles();
        setDisplaySetting(setting, value);
        await settle(element);
        const after = styles();
        expect(components.filter((_, i) => after[i] === before[i]).map(describeElement), `unchanged by ${setting} ${value}`).to.deep.equal([]);
      }

      // Every text grows and spaces out, measured against its own size.
      // Zero spacing computes to "normal": 0 px.
      const px = (text: Element, property: 'fontSize' | 'letterSpacing' | 'wordSpacing') => parseFloat(getComputedStyle(text)[property]) || 0;
      const sizes = texts.map((text) => px(text, 'fontSize'));
      setDisplaySetting('textSize', '150');
      await settle(element);
      // Only what is still drawn: larger text can fold a menu away (and WebKit keeps stale styles
      // there); read a frame later, as a reader sees it (WebKit styles a query container's contents in layout).
      expect(texts.filter((text, i) => isDrawn(text) && Math.abs(px(text, 'fontSize') - sizes[i] * 1.5) > 0.5).map(describeElement), 'not 150%').to.deep.equal(
        [],
      );
      setDisplaySetting('textSpacing', 'wcag');
      await settle(element);
      const unspaced = texts.filter(isDrawn).filter((text) => {
        const size = px(text, 'fontSize');
        // The traditional script keeps its letters joined: no letter spacing there (see tokens).
        const letterSpacing = isTraditionalScript(text) ? 0 : 0.12 * size;
        return !(Math.abs(px(text, 'letterSpacing') - letterSpacing) < 0.25 && Math.abs(px(text, 'wordSpacing') - 0.16 * size) < 0.25);
      });
      expect(unspaced.map(describeElement), 'without 0.12em letter (none in mn-Mong) and 0.16em word spacing').to.deep.equal([]);
    });

    // The traditional Mongol script (issue 17): the whole page vertical, then a vertical block in a horizontal page.
    it(`passes axe in mn-Mong on a vertical page, every text set vertically in the Mongolian font${ENGINE_NOTE}`, async () => {
      const element = await renderInTraditionalScript(template, false);
      await expectNoAxeViolations(element.parentElement ?? element);
      expect(findTextNotInTraditionalScript(element)).to.deep.equal([]);
    });

    it(`fits as an mn-Mong block in a horizontal page at 200% text with the widest spacing, nothing clipped or overflowing${ENGINE_NOTE}`, async () => {
      setLargestDisplaySettings();
      const block = await renderInTraditionalScript(template, true);
      expect(findTextNotInTraditionalScript(block)).to.deep.equal([]);
      const components = outermostComponents(block).filter((component) => VERTICAL_CONTROLS || !holdsNativeControl(component));
      // Text runs down the column: what reaches past the bottom of the viewport is the sideways scrolling of vertical text.
      expect(components.flatMap((component) => findPartsPastViewport(component, 'bottom'))).to.deep.equal([]);
      expect(components.flatMap(findOverflowingTextBoxes)).to.deep.equal([]);
      expect(components.flatMap(findClippedElements)).to.deep.equal([]);
    });
  });
}
