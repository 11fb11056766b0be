import { en } from './en.js';
import { mn } from './mn.js';
import type { FormStrings, Strings, Translation } from './translation.js';

/** Mongolian is the language of the state and Ger's default. */
export const DEFAULT_LANG = 'mn';

const translations = new Map<string, Translation>([
  ['mn', mn],
  ['en', en],
]);
/** Form string packs by language, added by the components that use them. */
const packs = new Map<string, Partial<FormStrings>>();
/** Core translation and packs merged, per language; cleared whenever either changes. */
const merged = new Map<string, Strings>();
const listeners = new Set<() => void>();

function changed() {
  merged.clear();
  listeners.forEach((notify) => notify());
}

/**
 * Adds or replaces a language, e.g. Kazakh for Bayan-Ölgii. Elements already on the page
 * re-render in it. Form strings it leaves out fall back to Mongolian (add them with `addStrings`).
 */
export function registerTranslation(translation: Translation & Partial<FormStrings>): void {
  translations.set(translation.$code.toLowerCase(), translation);
  changed();
}

/**
 * Adds strings of a feature in one or more languages: `addStrings({ mn: {...}, en: {...} })`.
 * Form components add their own packs; call it to translate them into another language.
 */
export function addStrings(pack: Record<string, Partial<FormStrings>>): void {
  for (const [lang, strings] of Object.entries(pack)) packs.set(lang.toLowerCase(), { ...packs.get(lang.toLowerCase()), ...strings });
  changed();
}

/** Calls `notify` whenever a translation is registered; returns the unsubscribe function. */
export function onTranslationsChange(notify: () => void): () => void {
  listeners.add(notify);
  return () => listeners.delete(notify);
}

/**
 * The best translation for a BCP 47 tag: exact (`mn-mn`), then its base language (`mn`),
 * then the default. Unknown languages fall back quietly: the page's language is not an error.
 */
export function findTranslation(lang: string | null | undefined): Strings {
  const tag = (lang ?? '').toLowerCase();
  const core = translations.get(tag) ?? translations.get(tag.split('-')[0]) ?? translations.get(DEFAULT_LANG)!;
  const code = core.$code.toLowerCase();
  let strings = merged.get(code);
  if (!strings) {
    strings = { ...packs.get(DEFAULT_LANG), ...packs.get(code), ...core } as Strings;
    merged.set(code, strings);
  }
  return strings;
}
