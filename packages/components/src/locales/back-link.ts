import { defineStrings } from './strings.js';

/** Strings of ger-back-link, in the built-in languages. */
export const backLinkStrings = defineStrings({
  mn: {
    backLinkEmpty: 'Одоогоор хоосон байна',
  },
  en: {
    backLinkEmpty: 'Nothing here yet',
  },
});
