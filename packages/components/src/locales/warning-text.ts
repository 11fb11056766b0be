import { defineStrings } from './strings.js';

/** Strings of ger-warning-text, in the built-in languages. */
export const warningTextStrings = defineStrings({
  mn: {
    warningTextEmpty: 'Одоогоор хоосон байна',
  },
  en: {
    warningTextEmpty: 'Nothing here yet',
  },
});
