import { sendKeys } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** Driver and browser features some tests need, which not every engine offers. */
export type Feature = 'media emulation' | 'accessibility snapshot' | 'computed accessibility' | 'viewport' | 'vertical form controls' | 'module refetch';

declare global {
  interface Window {
    __gerEngine?: Engine;
  }
}

export const engine: Engine = window.__gerEngine ?? 'chromium';

/** Why a feature is missing, per engine; absent means the feature works there. */
const MISSING: Record<Engine, Partial<Record<Feature, string>>> = {
  chromium: {},
  firefox: {
    'media emulation': 'forced-colors emulation needs CDP; Firefox is driven over WebDriver BiDi',
    'accessibility snapshot': 'the accessibility snapshot needs CDP; Firefox is driven over WebDriver BiDi',
    'computed accessibility': 'element.computedRole/computedName is a Chromium test flag',
    // Probed with Firefox ESR 153: a dropped or refused module download fails every later import()
    // of its URL until the page is reloaded (whatwg/html#10327 changes that; Gecko bug 2055211).
    'module refetch': 'Firefox keeps a failed module download for the life of the page',
  },
  webkit: {
    'media emulation': 'WebKitWebDriver has no media emulation',
    'accessibility snapshot': 'WebKitWebDriver has no accessibility snapshot',
    'computed accessibility': 'element.computedRole/computedName is a Chromium test flag',
    viewport: 'WebKitWebDriver cannot set the viewport size',
    // Probed: even with `writing-mode: inherit` on them, its own style sheet wins (docs/traditional-script.mdx).
    'vertical form controls': 'WebKitGTK keeps native buttons and inputs horizontal in vertical text',
  },
};

/** Whether this engine's driver offers `feature`. */
export function supports(feature: Feature): boolean {
  return !MISSING[engine][feature];
}

/**
 * `it` for a test that needs driver features: where the engine lacks one, the test is
 * registered as skipped with the reason in its title, so the run reports it, never drops it.
 */
export function itNeeds(features: Feature[], title: string, test: () => Promise<void> | void): void {
  const missing = features.map((feature) => MISSING[engine][feature]).find(Boolean);
  if (missing) it.skip(`${title} — skipped: ${missing}`);
  else it(title, test);
}

/**
 * Presses a key in every engine: Firefox's BiDi driver knows the space bar only as ' '.
 */
export async function press(key: string): Promise<void> {
  await sendKeys({ press: key === 'Space' && engine === 'firefox' ? ' ' : key });
}

/** WebDriver's codes for the keys pressed with Shift in the tests (W3C WebDriver, "keys"). */
const WEBDRIVER_KEYS: Record<string, string> = { Enter: '\uE007', PageUp: '\uE00E', PageDown: '\uE00F' };

/**
 * Shift and a key in every engine: Playwright and Puppeteer hold Shift down; WebDriver takes the
 * W3C key codes in one sequence (Shift, the key, then the null key releases Shift).
 */
export async function pressWithShift(key: keyof typeof WEBDRIVER_KEYS): Promise<void> {
  if (engine === 'webkit') {
    await sendKeys({ type: `\uE008${WEBDRIVER_KEYS[key]}\uE000` });
    return;
  }
  await sendKeys({ down: 'Shift' });
  await press(key);
  await sendKeys({ up: 'Shift' });
}

/**
 * Safari's Enter that confirms an input method's composition (Mongolian or Japanese typed through
 * one), dispatched on `target` (a text box in a shadow root too): `keyCode` 229 with `isComposing`
 * false. No driver types through an input method, so the event is made; returns whether a listener
 * cancelled it.
 */
export function composingEnter(target: EventTarget): boolean {
  const event = new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, bubbles: true, composed: true, cancelable: true });
  // An engine that dropped keyCode from the init dictionary would make the test pass without the check.
  if (event.keyCode !== 229) throw new Error(`${engine} did not keep keyCode 229`);
  return target.dispatchEvent(event);
}

/**
 * The Escape that cancels an input method's composition, dispatched on `target` twice, as engines
 * send it: with `isComposing` (Chromium, Firefox), then with only `keyCode` 229 (Safari). Returns
 * whether a listener cancelled either.
 */
export function composingEscape(target: EventTarget): boolean {
  const init = { key: 'Escape', bubbles: true, composed: true, cancelable: true };
  const flagged = new KeyboardEvent('keydown', { ...init, isComposing: true });
  const safari = new KeyboardEvent('keydown', { ...init, keyCode: 229 });
  if (!flagged.isComposing || safari.keyCode !== 229) throw new Error(`${engine} dropped isComposing or keyCode`);
  return ![flagged, safari].map((event) => target.dispatchEvent(event)).every(Boolean);
}
