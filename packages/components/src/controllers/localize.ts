import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { findTranslation, onTranslationsChange } from '../locales/registry.js';
import type { PluralKey, Strings, TermKey } from '../locales/translation.js';

type Host = ReactiveControllerHost & HTMLElement;
export type Params = Record<string, string | number>;

const connected = new Set<LocalizeController>();
let langObserver: MutationObserver | undefined;

/** One observer for the whole page: a `lang` change anywhere re-resolves every element. */
function watchLangChanges() {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(() => connected.forEach((c) => c.refresh()));
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  onTranslationsChange(() => connected.forEach((c) => c.refresh(true)));
}

/** The `lang` of the nearest ancestor that has one, crossing shadow-root boundaries. */
export function nearestLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const withLang = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') ?? '';
    const root = node.getRootNode() as ShadowRoot | Document;
    node = 'host' in root ? root.host : null;
  }
  return '';
}

function fill(text: string, params: Params = {}): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/**
 * Gives an element its language: strings from the locale files, plurals, numbers and dates
 * through `Intl`. The language follows the nearest `lang` attribute and the element re-renders
 * when it changes.
 */
export class LocalizeController implements ReactiveController {
  private translation: Strings = findTranslation('');

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    watchLangChanges();
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /**
   * Re-reads the nearest `lang`; re-renders the host when its strings changed (another
   * language, or a translation or string pack added since).
   */
  refresh(force = false): void {
    const translation = findTranslation(nearestLang(this.host));
    if (translation === this.translation && !force) return;
    this.translation = translation;
    this.host.requestUpdate();
  }

  /** The language in use, e.g. `mn` or `en`. */
  get lang(): string {
    return this.translation.$code;
  }

  /** A string with `{placeholders}` filled in. */
  term(key: TermKey, params?: Params): string {
    // A pack not loaded yet shows the key rather than throwing.
    return fill(this.translation[key] ?? key, params);
  }

  /** The plural form for `count` (as `Intl.PluralRules` chooses it), with `{count}` formatted. */
  plural(key: PluralKey, count: number, params?: Params): string {
    const forms = this.translation[key] ?? { other: key };
    const category = new Intl.PluralRules(this.lang).select(count);
    return fill(forms[category] ?? forms.other, { ...params, count: this.number(count) });
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.lang, options).format(value);
  }

  date(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string {
    return new Intl.DateTimeFormat(this.lang, options).format(new Date(value));
  }
}
