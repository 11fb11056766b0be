import type { Translation } from './translation.js';

/**
 * The translations a page registered, and Ger's own that load later (the traditional script).
 * Apart from the registry (which resolves a page's language) so that a module the registry loads
 * later can register itself without an import cycle.
 */

/** A registered language: a complete translation, or some strings overriding a built-in one. */
export type RegisteredTranslation = Pick<Translation, '$code' | '$name'> &
  Partial<Translation> & {
    /**
     * Dates in a language Intl cannot write (the traditional script, which Intl writes in Cyrillic
     * or English): `strings` are the language's registered strings. Ger's mn-Mong strings bring
     * one when they load; until then the Cyrillic strings and dates show.
     */
    $formatDate?: (date: Date, options: Intl.DateTimeFormatOptions | undefined, strings: Partial<Translation>) => string;
  };

/** Each language's strings by lower-case code: the page's registered ones over Ger's own that load later. */
export const registered = new Map<string, RegisteredTranslation>();
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

/** Calls `notify` whenever a translation is registered; returns the unsubscribe function. */
export function onTranslationsChange(notify: () => void): () => void {
  listeners.add(notify);
  return () => listeners.delete(notify);
}
