import { LitElement } from 'lit';
import { LocalizeController } from '../controllers/localize.js';
import type { ComponentStrings } from '../locales/strings.js';
import type { LazyPartHost } from './lazy-part.js';
import { warnOnce } from '../utils/warn.js';
import type { GerEventDetails, GerEventName } from './events.js';

/**
 * What every Ger element shares: its language (`this.localize`), typed events (`this.emit`)
 * and forgiving attribute values (`this.oneOf`).
 */
export class GerElement extends LitElement implements LazyPartHost {
  /** The element's own strings (`locales/<component>.ts`): only these go into its bundle. */
  static strings?: ComponentStrings;

  /** @internal The element's language: its strings, plurals, numbers and dates. */
  readonly localize = new LocalizeController(this, (this.constructor as typeof GerElement).strings);

  /** Work `updateComplete` waits for besides rendering: parts that load later (see `LazyPartController`). */
  private waiting?: Promise<unknown>;

  /** @internal Makes `updateComplete` wait for `work` too (a part loading later, fields settling). */
  waitFor(work: Promise<unknown>): void {
    this.waiting = Promise.allSettled([this.waiting, work]);
  }

  /** `await updateComplete` means rendered with every part it waits for, and rendered again after them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let waiting; (waiting = this.waiting);) {
      await waiting;
      // Work added meanwhile is waited for in the next round.
      if (waiting === this.waiting) this.waiting = undefined;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * Fires a bubbling, composed, typed event. Returns `false` when a listener cancelled it.
   */
  protected emit<K extends GerEventName>(name: K, detail: GerEventDetails[K], cancelable = false): boolean {
    const event = new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable });
    return this.dispatchEvent(event);
  }

  /**
   * The attribute's value when it is one of `allowed`, otherwise `fallback` with one console
   * warning. The attribute itself is left as written, so nothing the author typed is lost.
   */
  protected oneOf<T extends string>(attribute: string, value: string | null | undefined, allowed: readonly T[], fallback: T): T {
    if (value == null || value === '') return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    warnOnce(`<${this.localName}> ${attribute}="${value}" is not one of ${allowed.join(', ')}; using "${fallback}".`);
    return fallback;
  }
}

/** Defines a custom element once; importing a component twice (two bundles) is harmless. */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
