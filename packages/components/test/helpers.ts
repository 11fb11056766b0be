import { light } from '@ger/tokens';
import { nearestLang } from '../src/controllers/localize.js';

/** Collects the arguments of each `console[method]` call while `action` runs; restores it afterwards. */
export async function captureConsole(method: 'error' | 'warn', action: () => unknown): Promise<unknown[][]> {
  const calls: unknown[][] = [];
  const original = console[method];
  console[method] = (...args: unknown[]) => calls.push(args);
  try {
    await action();
  } finally {
    console[method] = original;
  }
  return calls;
}

/** Collects console warnings, each as one string, while `action` runs. */
export async function captureWarnings(action: () => unknown): Promise<string[]> {
  return (await captureConsole('warn', action)).map((args) => args.map(String).join(' '));
}

/**
 * A size token as the token build has it, in CSS pixels at the browser's default 16 px text:
 * `tokenPx('sizeTargetMinimum')` is the minimum target size. Tests read it rather than copy it.
 */
export function tokenPx(name: keyof typeof light): number {
  const value = String(light[name]);
  const match = /^(-?[\d.]+)(rem|px)$/.exec(value);
  if (!match) throw new Error(`token ${name} is ${value}, not a size in rem or px`);
  return Number(match[1]) * (match[2] === 'rem' ? 16 : 1);
}

/** The element focused inside shadow roots, followed all the way down. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits for the next animation frame. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * Calls `visit` for `root` and every element below it in the composed tree: light children and
 * shadow roots, all the way down. `visit` returns false to skip an element's subtree;
 * `inShadow` says whether the element is in a component's shadow root.
 */
export function walkComposedTree(root: Element, visit: (element: Element, inShadow: boolean) => boolean | void): void {
  const walk = (element: Element, inShadow: boolean) => {
    if (visit(element, inShadow) === false) return;
    for (const child of element.children) walk(child, inShadow);
    if (element.shadowRoot) for (const child of element.shadowRoot.children) walk(child, true);
  };
  walk(root, false);
}

/**
 * The language a screen reader reads `text` in, within `root` (an element's shadow root, say): the
 * `lang` nearest the element that holds it, shadow roots crossed; `undefined` when no text there has it.
 */
export function langOfText(root: Node, text: string): string | undefined {
  const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) if ((node as Text).data.includes(text)) return nearestLang(node.parentElement!);
  return undefined;
}

/** Every element below `root` in the composed tree (light and shadow DOM), `root` left out. */
export function composedDescendants(root: Element): Element[] {
  const found: Element[] = [];
  walkComposedTree(root, (element) => void (element !== root && found.push(element)));
  return found;
}

/**
 * Lets a change run its course: waits for `root` and every element below it in the composed
 * tree to finish updating, then a task (timers, promises that hop through one) and a frame;
 * `passes` times, for a change that sets off another (a step change that restores a draft).
 */
export async function settle(root: Element = document.body, passes = 1): Promise<void> {
  for (let pass = 0; pass < passes; pass++) {
    const updates = [root, ...composedDescendants(root)].map((element) => (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete);
    await Promise.all(updates);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await nextFrame();
  }
}

/** A node of the browser's accessibility tree, as a screen reader receives it. */
export interface AccessibilityNode {
  role: string;
  name: string;
  disabled?: boolean;
  pressed?: boolean | 'mixed';
  expanded?: boolean;
  level?: number;
  children?: AccessibilityNode[];
}

/** Finds the first node of the page's accessibility tree that matches. */
export async function findAccessibilityNode(match: (node: AccessibilityNode) => boolean): Promise<AccessibilityNode | undefined> {
  const { a11ySnapshot } = await import('@web/test-runner-commands');
  const tree = (await a11ySnapshot({})) as unknown as AccessibilityNode;
  const visit = (node: AccessibilityNode): AccessibilityNode | undefined => (match(node) ? node : node.children?.map(visit).find(Boolean));
  return visit(tree);
}

/**
 * The text of `element` without its text nodes that are only white space: what Chromium gives
 * screen readers when such a node stands beside Lit's markers (the words either side run together,
 * `ШинэИргэний`). Words apart here are apart for every reader, in every engine.
 */
export function textWithoutLoneSpaces(element: Element): string {
  const texts = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let text = '';
  // White space as HTML collapses it: a no-break space is a character, kept as one.
  for (let node = texts.nextNode(); node; node = texts.nextNode()) if (/[^ \t\n\r\f]/.test((node as Text).data)) text += (node as Text).data;
  return text.replace(/\s+/g, ' ').trim();
}

/** The role and accessible name Chromium computes for an element (a test-only browser flag). */
export function computedAccessibility(element: Element): { role: string; name: string } {
  const info = element as Element & { computedRole?: string; computedName?: string };
  if (info.computedRole === undefined) throw new Error('Chromium was started without ComputedAccessibilityInfo');
  return { role: info.computedRole ?? '', name: info.computedName ?? '' };
}

/**
 * `promise`, or a clear failure after `ms`: a wait that never ends fails its test at once
 * instead of holding the whole run until the runner's limit.
 */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Polls `condition` every few milliseconds until it holds, failing clearly after `ms`. */
export async function until(condition: () => unknown, ms: number, what: string): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > ms) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
