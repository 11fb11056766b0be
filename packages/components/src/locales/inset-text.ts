import { defineStrings } from './strings.js';

/** Strings of ger-inset-text, in the built-in languages. */
export const insetTextStrings = defineStrings({
  mn: {
    insetTextEmpty: 'Одоогоор хоосон байна',
  },
  en: {
    insetTextEmpty: 'Nothing here yet',
  },
});
