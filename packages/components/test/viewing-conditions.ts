import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { ROOT_ATTRIBUTES } from '../src/preferences/apply.js';
import type { DisplayPreferences } from '../src/preferences/model.js';
import { nearestLang } from '../src/controllers/localize.js';
import { onTranslationsChange, resolveLanguage } from '../src/locales/registry.js';
import { supports } from './engine.js';
import { walkComposedTree } from './helpers.js';

export const THEMES = ['light', 'night', 'contrast'] as const;
export const LANGS = ['mn', 'en'] as const;
/** The traditional Mongol script, set vertically (issue 17). */
export const TRADITIONAL_SCRIPT = 'mn-Mong';
export type Theme = (typeof THEMES)[number];

const DEFAULT_VIEWPORT = { width: 1024, height: 768 };

/**
 * The WCAG 1.4.12 test stylesheet (WCAG's own figures), forced into every shadow root as a worst
 * case. Letter spacing does not apply to the traditional Mongol script: it is cursive, spacing
 * breaks the joining of its letters, and WCAG's understanding document exempts such scripts.
 */
const SPACING_OVERRIDE = `* { line-height: 1.5 !important; word-spacing: 0.16em !important; }
:not(:lang(${TRADITIONAL_SCRIPT})) { letter-spacing: 0.12em !important; }
p { margin-block-end: 2em !important; }`;

/** Whether an element's text is in the traditional Mongol script (its nearest lang, across shadow roots). */
export function isTraditionalScript(element: Element): boolean {
  return /^mn-mong(-|$)/i.test(nearestLang(element));
}

/** Resolves once the strings of `lang` are registered (they load the first time an element is in it). */
export async function whenStringsLoaded(lang: string): Promise<void> {
  await new Promise<void>((resolve) => {
    const loaded = () => Boolean(resolveLanguage(lang).registered);
    if (loaded()) return resolve();
    const stop = onTranslationsChange(() => {
      if (!loaded()) return;
      stop();
      resolve();
    });
  });
}

export function setTheme(theme: Theme): void {
  document.documentElement.setAttribute('data-ger-theme', theme);
}

export function setLang(lang: string): void {
  document.documentElement.lang = lang;
}

export function setTextSize(percent: number): void {
  document.documentElement.style.fontSize = `${percent}%`;
}

/** One display setting, put on the root as the preferences store puts it. */
export function setDisplaySetting(setting: keyof DisplayPreferences, value: string): void {
  document.documentElement.setAttribute(ROOT_ATTRIBUTES[setting], value);
}

/** The largest text and the widest spacing a reader can choose in the display settings. */
export function setLargestDisplaySettings(): void {
  setDisplaySetting('textSize', '200');
  setDisplaySetting('textSpacing', 'wide');
}

export async function setForcedColors(active: boolean): Promise<void> {
  await emulateMedia({ forcedColors: active ? 'active' : 'none' } as Parameters<typeof emulateMedia>[0]);
}

export async function setColorScheme(scheme: 'light' | 'dark'): Promise<void> {
  await emulateMedia({ colorScheme: scheme });
}

export async function setNarrowViewport(width = 320): Promise<void> {
  await setViewport({ width, height: 800 });
}

function shadowRootsIn(root: Element | Document | ShadowRoot): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(element.shadowRoot, ...shadowRootsIn(element.shadowRoot));
  }
  return found;
}

export function applyTextSpacing(root: Element): void {
  // Ger's spacing tokens as the token build sets them for the WCAG display setting (ger.css).
  setDisplaySetting('textSpacing', 'wcag');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SPACING_OVERRIDE);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  for (const shadow of shadowRootsIn(root.parentElement ?? root)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
}

/** Puts the page back to light, Mongolian, 100% text, no spacing, desktop width, no forced colours, a light device. */
export async function resetConditions(): Promise<void> {
  const html = document.documentElement;
  for (const attribute of Object.values(ROOT_ATTRIBUTES)) html.removeAttribute(attribute);
  html.lang = 'mn';
  html.removeAttribute('style');
  document.adoptedStyleSheets = [];
  // Each driver command is a round trip (tens of milliseconds) and this runs around every test:
  // only what the page shows is different is put back.
  if (supports('media emulation')) {
    if (matchMedia('(forced-colors: active)').matches) await setForcedColors(false);
    if (matchMedia('(prefers-color-scheme: dark)').matches) await setColorScheme('light');
  }
  if (supports('viewport') && (innerWidth !== DEFAULT_VIEWPORT.width || innerHeight !== DEFAULT_VIEWPORT.height)) await setViewport(DEFAULT_VIEWPORT);
}

/** An element as a test failure names it. */
export const describeElement = (element: Element) => `<${element.localName} class="${element.getAttribute('class') ?? ''}">`;

/** Not shown, or shown to screen readers only (visually hidden text, a skip link waiting for focus). */
const hiddenOnPurpose = (style: CSSStyleDeclaration) => style.display === 'none' || style.clipPath.startsWith('inset(50%') || style.clip.startsWith('rect(');

/** The text nodes directly in an element that hold more than white space. */
const ownTextNodes = (element: Element) => [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());

const CLIPPING = new Set(['hidden', 'clip', 'scroll', 'auto']);

/** Elements whose text is cut off: their content is larger than the box that clips it. */
export function findClippedElements(root: Element): string[] {
  const clipped: string[] = [];
  walkComposedTree(root, (element) => {
    const style = getComputedStyle(element);
    if (hiddenOnPurpose(style)) return false;
    const clips = CLIPPING.has(style.overflowX) || CLIPPING.has(style.overflowY);
    // A region that scrolls and that the keyboard can reach (tabindex="0", like a chat log, or
    // holding focusable controls, like a chat panel) shows all of its content by scrolling:
    // that is not clipping (WCAG 1.4.10 allows it; axe's scrollable-region-focusable agrees).
    const scrollsByKeyboard =
      ['auto', 'scroll'].includes(style.overflowY) &&
      style.overflowX !== 'hidden' &&
      (element.getAttribute('tabindex') === '0' || element.querySelector('a[href], button, input, textarea, select, [tabindex="0"]') !== null);
    if (clips && !scrollsByKeyboard && element.textContent?.trim()) {
      if (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1) clipped.push(describeElement(element));
    }
  });
  return clipped;
}

/**
 * Elements whose host takes no room on purpose, each with its reason. The skip link sits off
 * screen until it is focused.
 */
const NO_ROOM_ON_PURPOSE: Record<string, string> = {
  'ger-skip-link': 'off screen until focused',
  'ger-dialog': 'its box is the native dialog, drawn in the top layer (or not at all while closed)',
};

/**
 * Ger elements in `root` (itself included, shadow roots too) whose host is not a box an author
 * can lay out, measure, scroll to and click: `display: contents`, or a box with no width or
 * height. Left out: elements hidden on purpose (`hidden`, `display: none`) and what is inside
 * them, a light child no slot shows, a slot's fallback when the slot is filled, an element with nothing to show (an error summary without
 * errors), and those in NO_ROOM_ON_PURPOSE.
 */
export function findHostsWithoutBox(root: Element): string[] {
  const found: string[] = [];
  walkComposedTree(root, (element) => {
    const style = getComputedStyle(element);
    // A computed display of '' means no box at all: not in the flat tree (no slot takes it).
    if (style.display === 'none' || style.display === '') return false;
    // Fallback content of a slot the page filled is not drawn (WebKit still computes its display).
    if (element.closest('slot')?.assignedNodes().length) return false;
    if (!element.localName.startsWith('ger-') || element.localName in NO_ROOM_ON_PURPOSE) return;
    const showsNothing = !element.shadowRoot?.querySelector('*') && !element.textContent!.trim();
    const box = element.getBoundingClientRect();
    if (style.display === 'contents' || (!showsNothing && (box.width === 0 || box.height === 0)))
      found.push(`<${element.localName}> display: ${style.display}, ${box.width}x${box.height}`);
  });
  return found;
}

/** How far the page scrolls sideways: 0 when it fits the viewport. */
export function horizontalOverflow(): number {
  return document.documentElement.scrollWidth - document.documentElement.clientWidth;
}

/** Whether an element or its text takes room on screen (a slot draws no box, only its text). */
export function isDrawn(element: Element): boolean {
  if (element.getClientRects().length > 0) return true;
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getClientRects().length > 0;
}

/** Inputs that show no text of their own. */
const NOT_TEXT = new Set(['checkbox', 'radio', 'file', 'hidden', 'range', 'color', 'image']);

/**
 * Elements holding text of their own, in `root`'s light children and shadow roots, all the way
 * down, that are drawn. The components' own form fields count; a page's field put in a slot keeps
 * the page's styles.
 */
export function findTextElements(root: Element): Element[] {
  const found: Element[] = [];
  walkComposedTree(root, (element, inShadow) => {
    const field = ['textarea', 'select', 'button'].includes(element.localName) || (element instanceof HTMLInputElement && !NOT_TEXT.has(element.type));
    if (ownTextNodes(element).length || (field && inShadow)) found.push(element);
  });
  // Only what is drawn: WebKit keeps stale styles in hidden parts (a step not shown, a closed
  // menu), and a select's options are drawn by the select.
  return found.filter((element) => !['script', 'style', 'template', 'option'].includes(element.localName) && isDrawn(element));
}

/**
 * The words of `element`'s own text drawn across more than one line (broken inside, as
 * "Дэлгэ / цийн"), measured by each word's rectangles: lines are rows, or columns for text set vertically.
 */
export function findBrokenWords(element: Element): string[] {
  const vertical = getComputedStyle(element).writingMode.startsWith('vertical');
  const broken: string[] = [];
  for (const node of ownTextNodes(element)) {
    for (const word of node.textContent!.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(vertical ? rect.left : rect.top)));
      if (lines.size > 1) broken.push(word[0]);
    }
  }
  return broken;
}

/**
 * Text boxes whose text does not fit them (scrollWidth > clientWidth, or the same for height):
 * their text spills over what is beside or below. Inline text and form fields are left out
 * (their box is their text, or they scroll their value); hidden text does not count.
 */
export function findOverflowingTextBoxes(root: Element): string[] {
  return findTextElements(root)
    .filter((element) => {
      const style = getComputedStyle(element);
      if (['inline', 'contents'].includes(style.display) || hiddenOnPurpose(style) || ['input', 'textarea', 'select'].includes(element.localName)) return false;
      return element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1;
    })
    .map((element) => `${describeElement(element)} ${element.scrollWidth}x${element.scrollHeight} in ${element.clientWidth}x${element.clientHeight}`);
}

/**
 * The parts of `root` (its light children and shadow roots, all the way down), and the text in
 * them, that reach past the right edge of the viewport (or, for text set vertically, its bottom
 * edge): each would make the reader scroll across the way the text runs. Parts hidden on purpose
 * (visually hidden text, a skip link waiting for focus) do not count.
 */
export function findPartsPastViewport(root: Element, edge: 'right' | 'bottom' = 'right'): string[] {
  const limit = (edge === 'right' ? document.documentElement.clientWidth : document.documentElement.clientHeight) + 1;
  const past: string[] = [];
  walkComposedTree(root, (element) => {
    if (hiddenOnPurpose(getComputedStyle(element))) return false;
    const box = element.getBoundingClientRect();
    const across = edge === 'right' ? box.width : box.height;
    if (across > 1 && box[edge] > limit) past.push(`${describeElement(element)} ends at ${Math.round(box[edge])} px`);
    for (const node of ownTextNodes(element)) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const end = Math.max(0, ...[...range.getClientRects()].map((rect) => rect[edge]));
      if (end > limit) past.push(`text "${node.textContent!.trim().slice(0, 30)}" in <${element.localName}> ends at ${Math.round(end)} px`);
    }
  });
  return past;
}
