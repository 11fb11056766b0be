import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LANG, findTranslation, onTranslationsChange } from '../locales/registry.js';
import type { FeatureTranslations, PluralForms, PluralKey, TermKey, Translation } from '../locales/translation.js';

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
 * Intl formatters are slow to create (tens of microseconds each) and a page may format the
 * same way in a thousand cards: one per language and options, shared by every element.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>(
  make: new (lang: string, options?: object) => T,
  lang: string,
  options?: object,
): T {
  const key = `${make.name}|${lang}|${options ? JSON.stringify(options) : ''}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = new make(lang, options)));
  return formatter;
}

/**
 * Gives an element its language: strings from the locale files, plurals, numbers and dates
 * through `Intl`. The language follows the nearest `lang` attribute and the element re-renders
 * when it changes.
 */
export class LocalizeController implements ReactiveController {
  private translation: Translation = findTranslation('');
  private pageLang = '';

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

  /** Re-reads the nearest `lang`; re-renders the host when the result changed. */
  refresh(force = false): void {
    const lang = nearestLang(this.host);
    if (lang === this.pageLang && !force) return;
    this.pageLang = lang;
    this.translation = findTranslation(lang);
    this.host.requestUpdate();
  }

  /** The language in use, e.g. `mn` or `en`. */
  get lang(): string {
    return this.translation.$code;
  }

  /** A string with `{placeholders}` filled in. */
  term(key: TermKey, params?: Params): string {
    return fill(this.translation[key], params);
  }

  /** The plural form for `count` (as `Intl.PluralRules` chooses it), with `{count}` formatted. */
  plural(key: PluralKey, count: number, params?: Params): string {
    return this.pluralOf(this.translation[key], count, params);
  }

  /**
   * A feature's own strings in the element's language, else in Mongolian (see
   * `FeatureTranslations`): `this.localize.strings(serviceDiscovery).feeFree`.
   */
  strings<T>(feature: FeatureTranslations<T>): T {
    return feature[this.lang] ?? feature[DEFAULT_LANG];
  }

  /** `plural()` for forms from `strings()`. */
  pluralOf(forms: PluralForms, count: number, params?: Params): string {
    const category = cached(Intl.PluralRules, this.lang).select(count);
    return fill(forms[category] ?? forms.other, { ...params, count: this.number(count) });
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return cached(Intl.NumberFormat, this.lang, options).format(value);
  }

  date(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string {
    return cached(Intl.DateTimeFormat, this.lang, options).format(new Date(value));
  }
}
