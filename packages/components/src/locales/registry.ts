import { registered, type RegisteredTranslation } from './registered.js';
import type { BuiltInLanguage } from './strings.js';

export { onTranslationsChange, registerShippedTranslation, registerTranslation, type RegisteredTranslation } from './registered.js';

/** Mongolian is the language of the state and Ger's default. */
export const DEFAULT_LANG: BuiltInLanguage = 'mn';
export const BUILT_IN_LANGUAGES: readonly BuiltInLanguage[] = ['mn', 'en'];

/**
 * The traditional script's strings, imported the first time an element is in it, so only its pages
 * download them; the module registers them itself, and until they arrive the Cyrillic ones show.
 * Should the import fail, the browser names the file in the console and the Cyrillic strings stay.
 */
let traditionalScript: Promise<unknown> | undefined;

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
    if (code === 'mn-mong') traditionalScript ??= import('./mn-Mong-shipped.js');
    const translation = registered.get(code);
    if (translation) return { code: translation.$code, builtIn: isBuiltIn(code) ? code : DEFAULT_LANG, registered: translation };
    if (isBuiltIn(code)) return { code, builtIn: code };
  }
  return { code: DEFAULT_LANG, builtIn: DEFAULT_LANG };
}
