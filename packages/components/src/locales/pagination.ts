import { defineStrings } from './strings.js';

/** Strings of ger-pagination, in the built-in languages. */
export const paginationStrings = defineStrings({
  mn: {
    paginationEmpty: 'Одоогоор хоосон байна',
  },
  en: {
    paginationEmpty: 'Nothing here yet',
  },
});
