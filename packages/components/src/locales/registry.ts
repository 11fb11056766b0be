import type { BuiltInLanguage } from './strings.js';
import type { Translation } from './translation.js';

/** Mongolian is the language of the state and Ger's default. */
export const DEFAULT_LANG: BuiltInLanguage = 'mn';
export const BUILT_IN_LANGUAGES: readonly BuiltInLanguage[] = ['mn', 'en'];

/** A registered language: a complete translation, or some strings overriding a built-in one. */
export type RegisteredTranslation = Pick<Translation, '$code' | '$name'> &
  Partial<Translation> & {
    /**
     * Dates where Intl has no names in the language (the traditional script): Intl's parts with
     * the names from these strings put in. Ger's mn-Mong strings bring one when they load.
     */
    $dateNames?: (formatter: Intl.DateTimeFormat, date: Date, strings: Partial<Translation>) => string;
  };

/** Each language's strings: the page's registered ones over Ger's own that load later (the traditional script). */
const registered = new Map<string, RegisteredTranslation>();
const listeners = new Set<() => void>();

/**
 * Adds a language (Kazakh for Bayan-Ölgii, say) or overrides some strings of a built-in one;
 * registering a language again adds to its strings. Elements already on the page re-render in it.
 */
export function registerTranslation(translation: RegisteredTranslation): void {
  const code = translation.$code.toLowerCase();
  registered.set(code, { ...registered.get(code), ...translation });
  listeners.forEach((notify) => notify());
}

/** @internal Ger's own strings of a language that loads later: whatever the page registered still wins. */
export function registerShippedTranslation(translation: RegisteredTranslation): void {
  registerTranslation({ ...translation, ...registered.get(translation.$code.toLowerCase()) });
}

let traditionalScriptRequested = false;

/**
 * The traditional script's strings are imported the first time an element is in it, so only its
 * pages download them; until they arrive the Cyrillic ones show. Should the import fail, the
 * browser names the file in the console and the Cyrillic strings stay.
 */
function loadTraditionalScript(): void {
  traditionalScriptRequested = true;
  void import('./mn-Mong-shipped.js').then((module) => registerShippedTranslation(module.shippedTraditionalScript));
}

/** Calls `notify` whenever a translation is registered; returns the unsubscribe function. */
export function onTranslationsChange(notify: () => void): () => void {
  listeners.add(notify);
  return () => listeners.delete(notify);
}

export interface ResolvedLanguage {
  /** The language in use, e.g. `mn`, `en` or `kk`. */
  code: string;
  /** The built-in language whose strings fill what a registered translation lacks. */
  builtIn: BuiltInLanguage;
  registered?: RegisteredTranslation;
}

const isBuiltIn = (code: string): code is BuiltInLanguage => (BUILT_IN_LANGUAGES as readonly string[]).includes(code);

/**
 * The language for a BCP 47 tag: the longest match among registered and built-in languages,
 * dropping subtags from the end (`mn-Mong-MN`, then `mn-Mong`, then `mn`), else the default. An
 * unknown page language is not an error: it falls back quietly.
 */
export function resolveLanguage(lang: string | null | undefined): ResolvedLanguage {
  // `cut` is where the last subtag began; the loop ends once the base language (no `-`) is tried.
  for (let code = (lang ?? '').toLowerCase(), cut = 0; cut >= 0; code = code.slice(0, (cut = code.lastIndexOf('-')))) {
    if (code === 'mn-mong' && !traditionalScriptRequested) loadTraditionalScript();
    const translation = registered.get(code);
    if (translation) return { code: translation.$code, builtIn: isBuiltIn(code) ? code : DEFAULT_LANG, registered: translation };
    if (isBuiltIn(code)) return { code, builtIn: code };
  }
  return { code: DEFAULT_LANG, builtIn: DEFAULT_LANG };
}
