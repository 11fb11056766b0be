import { defineStrings } from './strings.js';

/** Strings of ger-details, in the built-in languages. */
export const detailsStrings = defineStrings({
  mn: {
    detailsSummary: 'Дэлгэрэнгүй',
  },
  en: {
    detailsSummary: 'More details',
  },
});
