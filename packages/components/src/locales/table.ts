import { defineStrings } from './strings.js';

/** Strings of ger-table, in the built-in languages. */
export const tableStrings = defineStrings({
  mn: {
    tableEmpty: 'Одоогоор хоосон байна',
  },
  en: {
    tableEmpty: 'Nothing here yet',
  },
});
