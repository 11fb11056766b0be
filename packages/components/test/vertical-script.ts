import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { settle } from './helpers.js';
import { TRADITIONAL_SCRIPT, whenStringsLoaded } from './viewing-conditions.js';

/**
 * Tests in the traditional Mongol script, set vertically (`lang="mn-Mong"`, issue 17).
 *
 * Nothing to set up: the test page loads `@ger/tokens`' ger.css (web-test-runner.config.mjs), as a
 * real page does, and its `:lang(mn-Mong)` rule sets the script vertically. The tests check that
 * rule itself, so they fail if it stops setting text vertically.
 */

/** The point at the middle of an element's box, to compare where parts are drawn. */
export function centre(element: Element): { x: number; y: number } {
  const box = element.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

type Direction = 'up' | 'right' | 'down' | 'left';
const VECTORS: Record<Direction, [number, number]> = { right: [1, 0], down: [0, 1], left: [-1, 0], up: [0, -1] };

/**
 * Where a chevron or arrow points on the screen once its transforms (`transform`, `rotate`) turn
 * it, and any turn under way (a transition) has ended. `drawn` is where an icon's own drawing
 * points (an SVG path); without it, the icon is two borders of a box (the element, or its
 * `pseudo` element) and points to the corner where they meet.
 */
export function pointing(element: Element, { drawn, pseudo }: { drawn?: Direction; pseudo?: '::before' | '::after' } = {}): Direction {
  for (const animation of element.getAnimations({ subtree: true })) animation.finish();
  const style = getComputedStyle(element, pseudo);
  const has = (side: string) => parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0 && style.getPropertyValue(`border-${side}-style`) !== 'none';
  const [x, y] = drawn ? VECTORS[drawn] : [has('right') ? 1 : has('left') ? -1 : 0, has('bottom') ? 1 : has('top') ? -1 : 0];
  const turn = style.rotate && style.rotate !== 'none' ? parseFloat(style.rotate) : 0;
  const matrix = new DOMMatrix().rotate(turn).multiply(new DOMMatrix(style.transform === 'none' ? undefined : style.transform));
  // A direction, not a place (w = 0): a translate in the transform does not turn it.
  const point = matrix.transformPoint(new DOMPoint(x, y, 0, 0));
  const quarter = ((Math.round(Math.atan2(point.y, point.x) / (Math.PI / 2)) % 4) + 4) % 4;
  return (['right', 'down', 'left', 'up'] as const)[quarter];
}

/**
 * How many lines an element's text is set in: columns when the text runs vertically, rows when it
 * runs across. A short label in one line shows that its box was not squeezed to a letter a line.
 */
export function textLines(element: Element): number {
  const vertical = getComputedStyle(element).writingMode.startsWith('vertical');
  const starts: number[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (!text.textContent!.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(text);
    for (const box of range.getClientRects()) if (box.width > 0 && box.height > 0) starts.push(Math.round(vertical ? box.left : box.top));
  }
  return new Set(starts).size;
}

/**
 * Renders `template` as a vertical block in the traditional script inside the horizontal test page,
 * once the script's strings are there, and returns the block. The block is given a height that fits
 * the viewport, as a page would (a vertical block is otherwise as tall as the viewport: CSS Writing
 * Modes' orthogonal flows).
 */
export async function fixtureVerticalBlock(template: TemplateResult): Promise<HTMLElement> {
  const block = await fixture<HTMLElement>(html`<div lang=${TRADITIONAL_SCRIPT} style="inline-size: 90vh">${template}</div>`);
  await whenStringsLoaded(TRADITIONAL_SCRIPT);
  await settle(block);
  return block;
}

/** `fixtureVerticalBlock`, returning the block's first element. */
export async function fixtureVertical<E extends Element>(template: TemplateResult): Promise<E> {
  return (await fixtureVerticalBlock(template)).firstElementChild as E;
}
