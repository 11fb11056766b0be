import { en } from './en.js';
import { mn } from './mn.js';
import type { Translation } from './translation.js';

/** Mongolian is the language of the state and Ger's default. */
export const DEFAULT_LANG = 'mn';

const translations = new Map<string, Translation>([
  ['mn', mn],
  ['en', en],
]);
const listeners = new Set<() => void>();

/**
 * Adds or replaces a language, e.g. Kazakh for Bayan-Ölgii. Elements already on the page
 * re-render in it.
 */
export function registerTranslation(translation: Translation): void {
  translations.set(translation.$code.toLowerCase(), translation);
  listeners.forEach((notify) => notify());
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
export function findTranslation(lang: string | null | undefined): Translation {
  const tag = (lang ?? '').toLowerCase();
  return translations.get(tag) ?? translations.get(tag.split('-')[0]) ?? translations.get(DEFAULT_LANG)!;
}
