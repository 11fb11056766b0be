import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onTranslationsChange, resolveLanguage, type ResolvedLanguage } from '../locales/registry.js';
import type { ComponentStrings } from '../locales/strings.js';
import type { PluralForms, PluralKey, TermKey } from '../locales/translation.js';
import { cached } from '../utils/intl-cache.js';
import { warnOnce } from '../utils/warn.js';

type Host = ReactiveControllerHost & HTMLElement;
export type Params = Record<string, string | number>;

const connected = new Set<LocalizeController>();
let langObserver: MutationObserver | undefined;

/** One observer for the whole page: a `lang` change anywhere re-resolves every element. */
function watchLangChanges() {
  // Only in a page: connecting is what calls this, and server rendering does not connect.
  if (langObserver) return;
  langObserver = new MutationObserver(() => connected.forEach((c) => c.refresh()));
  // An attribute filter implies `attributes: true`.
  langObserver.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
  onTranslationsChange(() => connected.forEach((c) => c.refresh(true)));
}

/** The `lang` of the nearest ancestor that has one, crossing shadow-root boundaries. */
export function nearestLang(element: Element): string {
  // Up to a shadow root's host (nodeType 11; a fragment's is undefined); a document's `host` may be
  // an element named so, and `instanceof ShadowRoot` fails for a node moved into an iframe.
  const root = element.getRootNode() as ShadowRoot;
  return element.closest('[lang]')?.getAttribute('lang') ?? (root.nodeType == 11 && root.host ? nearestLang(root.host) : '');
}

function fill(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/**
 * Gives an element its language: its own strings (see `locales/<component>.ts`), plurals, and
 * numbers and dates through `Intl`. The language follows the nearest `lang` attribute and the
 * element re-renders when it changes.
 */
export class LocalizeController implements ReactiveController {
  private language: ResolvedLanguage = resolveLanguage('');
  private pageLang: string | undefined;

  constructor(
    private readonly host: Host,
    /** The element's strings; a part that loads later adds its own (see `LazyPartController`). */
    public strings: ComponentStrings = { mn: {}, en: {} },
  ) {
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
  refresh(force?: boolean): void {
    const lang = nearestLang(this.host);
    if (lang === this.pageLang && !force) return;
    this.pageLang = lang;
    this.language = resolveLanguage(lang);
    this.host.requestUpdate();
  }

  /** The language in use, e.g. `mn` or `en`. */
  get lang(): string {
    return this.language.code;
  }

  /** @internal A registered translation's string, else the built-in one; a missing key warns and is `undefined`. */
  lookup<K extends TermKey | PluralKey>(key: K) {
    const value = this.language.registered?.[key] ?? this.strings[this.language.builtIn][key];
    if (value === undefined) warnOnce(`<${this.host.localName}> has no string "${key}".`);
    return value;
  }

  /** A string with `{placeholders}` filled in. */
  term(key: TermKey, params?: Params): string {
    return fill((this.lookup(key) as string | undefined) ?? key, params);
  }
}

/** What formatting needs of an element's language (a `LocalizeController` has it). */
export interface Language {
  readonly lang: string;
}

// Plurals, numbers and dates are functions rather than methods, so an element that shows none
// (most form controls) does not ship them or their Intl formatter cache.

/** The plural form of `key` for `count` (as `Intl.PluralRules` chooses it), with `{count}` formatted. */
export function pluralTerm(localize: LocalizeController, key: PluralKey, count: number, params?: Params): string {
  const forms = (localize.lookup(key) as PluralForms | undefined) ?? { other: key };
  const category = cached(Intl.PluralRules, localize.lang).select(count);
  return fill(forms[category] ?? forms.other, { ...params, count: formatNumber(localize, count) });
}

/** A number in the element's language. */
export function formatNumber(language: Language, value: number, options?: Intl.NumberFormatOptions): string {
  return cached(Intl.NumberFormat, language.lang, options).format(value);
}

/** A date or time in the element's language. */
export function formatDateTime(language: Language, value: Date | string | number, options?: Intl.DateTimeFormatOptions): string {
  const date = new Date(value);
  // A language Intl cannot write (the traditional script) brings its own formatter with its strings.
  const strings = resolveLanguage(language.lang).registered;
  return strings?.$formatDate ? strings.$formatDate(date, options, strings) : cached(Intl.DateTimeFormat, language.lang, options).format(date);
}
