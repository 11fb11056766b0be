import type { CSSResult, ReactiveController, ReactiveControllerHost } from 'lit';
import type { LocalizeController } from '../controllers/localize.js';
import { combineStrings, type ComponentStrings } from '../locales/strings.js';

/**
 * What an element offers the parts it loads later. `GerBaseElement` implements it; a loaded part
 * talks to its own narrow interface that extends this one, never to the element's class, so the
 * element and its parts never import each other.
 */
export interface LazyPartHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The element's language; a part's strings are added to it. */
  readonly localize: LocalizeController;
  /** Makes `updateComplete` wait for `work` as well. */
  waitFor(work: Promise<unknown>): void;
}

/** What a module loaded later may export besides its code: strings and styles it brings along. */
export interface LazyPartModule {
  /** Added to the host's strings before the part is used. */
  strings?: ComponentStrings;
  /** Added to the host's shadow root, after its own styles. */
  styles?: CSSResult;
}

export interface LazyPartOptions<M> {
  /** Imports the module: `() => import('./drafts.js')`. Called once per element (again after a failed download). */
  load: () => Promise<M>;
  /** `connected`: loads as the element connects (most parts); `request`: on `load()` only. */
  when?: 'connected' | 'request';
  /** Runs once the module, its strings and styles are in; `updateComplete` waits for it too. */
  loaded?: (module: M) => void | Promise<void>;
}

/**
 * A part of an element that loads later: a character count, the drafts of a form, a chat
 * panel. The page downloads it only when an element needs it; the element's first bytes stay
 * small. The one way to load code later in Ger:
 *
 * - the module is imported once per element (the browser shares it between elements);
 * - the module's `strings` and `styles` exports (see `LazyPartModule`) join the element's own;
 * - `await element.updateComplete` waits for it, so validity and rendering are final;
 * - never on the server: there is no page to load into, and the element renders without it.
 */
export class LazyPartController<M> implements ReactiveController {
  /** The loaded module, with its strings and styles in place. */
  module?: M;
  private loading?: Promise<M>;

  constructor(
    private readonly host: LazyPartHost,
    private readonly options: LazyPartOptions<M>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.options.when !== 'request') void this.load();
  }

  /** Loads the part (once it has loaded, never again) and resolves with its module. */
  load(): Promise<M> {
    if (!this.loading) this.host.waitFor((this.loading = this.start()));
    return this.loading;
  }

  private async start(): Promise<M> {
    const { host, options } = this;
    try {
      const module = await options.load();
      const { strings, styles } = module as LazyPartModule;
      const { localize } = host;
      const root = host.renderRoot as ShadowRoot;
      // Added to the element's own: the class's strings, and any sheet a page added, stay as they are.
      if (strings) localize.strings = combineStrings(localize.strings, strings);
      // Every browser Ger supports has constructable style sheets (Safari 16.4, Firefox 101, Chrome 73).
      if (styles?.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
      this.module = module;
      await options.loaded?.(module);
      host.requestUpdate();
      return module;
    } catch (error) {
      // `updateComplete` goes on without the part, and so does the element: say why. The next
      // `load()` tries again (a dropped download on a mobile link is no reason to stay broken).
      this.loading = undefined;
      // The element itself: the console shows which one, and where it is in the page.
      console.error(host, error);
      throw error;
    }
  }
}
