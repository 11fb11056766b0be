import { defineStrings } from './strings.js';

/** Strings of ger-details, in the built-in languages. */
export const detailsStrings = defineStrings({
  mn: {
    detailsEmpty: 'Одоогоор хоосон байна',
  },
  en: {
    detailsEmpty: 'Nothing here yet',
  },
});
