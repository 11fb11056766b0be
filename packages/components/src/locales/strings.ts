import type { Translation } from './translation.js';

/** Every translatable key (the language's code and name aside). */
export type StringKey = Exclude<keyof Translation, '$code' | '$name'>;

/** The languages Ger ships; others are added with `registerTranslation`. */
export type BuiltInLanguage = 'mn' | 'en';

/** A component's own strings in each built-in language: the same keys in both. */
export type Strings<K extends StringKey> = Record<BuiltInLanguage, Pick<Translation, K>>;

/** Strings of any component, as the localize controller receives them. */
export type ComponentStrings = Record<BuiltInLanguage, Partial<Translation>>;

/**
 * Declares a component's strings. TypeScript checks each key against `Translation` and
 * demands the same keys in Mongolian and English.
 */
export function defineStrings<K extends StringKey>(strings: Strings<K>): Strings<K> {
  return strings;
}
