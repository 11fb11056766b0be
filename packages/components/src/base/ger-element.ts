import { LitElement } from 'lit';
import { LocalizeController } from '../controllers/localize.js';
import type { ComponentStrings } from '../locales/strings.js';
import type { LazyPartHost } from './lazy-part.js';
import type { GerEventDetails, GerEventName } from './events.js';

/**
 * What every Ger element shares: its language (`this.localize`) and parts that load later
 * (`waitFor`); forgiving attribute values come from `oneOf` (utils/one-of.ts). An element that fires Ger events extends
 * `GerElement`, which adds `emit`; the form controls fire only native events (`input`,
 * `change`) and build on this class (form-associated.ts), so their entries do not carry `emit`.
 */
export class GerBaseElement extends LitElement implements LazyPartHost {
  /** The element's own strings (`locales/<component>.ts`): only these go into its bundle. */
  static strings?: ComponentStrings;

  /** @internal The element's language: its strings, plurals, numbers and dates. */
  readonly localize = new LocalizeController(this, (this.constructor as typeof GerBaseElement).strings);

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
}

/** A Ger element that fires its own typed events (`this.emit`); what a new component extends. */
export class GerElement extends GerBaseElement {
  /**
   * Fires a bubbling, composed, typed event. Returns `false` when a listener cancelled it.
   */
  protected emit<K extends GerEventName>(name: K, detail: GerEventDetails[K], cancelable = false): boolean {
    const event = new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable });
    return this.dispatchEvent(event);
  }
}

/** Defines a custom element once; importing a component twice (two bundles) is harmless. */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
