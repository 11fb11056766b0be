import { defineStrings } from './strings.js';

/** Strings of ger-side-nav, in the built-in languages. */
export const sideNavStrings = defineStrings({
  mn: {
    sideNavLabel: 'Энэ хэсгийн хуудсууд',
  },
  en: {
    sideNavLabel: 'Pages in this section',
  },
});
