import type { BuiltInLanguage } from './strings.js';
import type { Translation } from './translation.js';

/** Mongolian is the language of the state and Ger's default. */
export const DEFAULT_LANG: BuiltInLanguage = 'mn';
export const BUILT_IN_LANGUAGES: readonly BuiltInLanguage[] = ['mn', 'en'];

/** A registered language: a complete translation, or some strings overriding a built-in one. */
export type RegisteredTranslation = Pick<Translation, '$code' | '$name'> & Partial<Translation>;

const registered = new Map<string, RegisteredTranslation>();
const listeners = new Set<() => void>();

/**
 * Adds a language (Kazakh for Bayan-Ölgii, say) or overrides some strings of a built-in one.
 * Elements already on the page re-render in it.
 */
export function registerTranslation(translation: RegisteredTranslation): void {
  registered.set(translation.$code.toLowerCase(), translation);
  listeners.forEach((notify) => notify());
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
 * The language for a BCP 47 tag: exact (`mn-mn`), then its base (`mn`), among registered and
 * built-in languages, else the default. An unknown page language is not an error: it falls
 * back quietly.
 */
export function resolveLanguage(lang: string | null | undefined): ResolvedLanguage {
  const tag = (lang ?? '').toLowerCase();
  for (const code of [tag, tag.split('-')[0]]) {
    const translation = registered.get(code);
    if (translation) return { code: translation.$code, builtIn: isBuiltIn(code) ? code : DEFAULT_LANG, registered: translation };
    if (isBuiltIn(code)) return { code, builtIn: code };
  }
  return { code: DEFAULT_LANG, builtIn: DEFAULT_LANG };
}
