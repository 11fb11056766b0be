import { defineStrings } from './strings.js';

/** Strings of ger-header, in the built-in languages. */
export const headerStrings = defineStrings({
  mn: {
    menu: 'Цэс',
    mainNavigation: 'Үндсэн цэс',
  },
  en: {
    menu: 'Menu',
    mainNavigation: 'Main menu',
  },
});
