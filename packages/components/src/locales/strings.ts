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

/**
 * One strings object from several: a component's own and those of what it builds on (the
 * form-control base, say), since an element passes one object to its localize controller.
 */
export function combineStrings(...parts: ComponentStrings[]): ComponentStrings {
  return { mn: Object.assign({}, ...parts.map((part) => part.mn)), en: Object.assign({}, ...parts.map((part) => part.en)) };
}
