import { defineStrings } from './strings.js';

/** Strings of ger-accordion, in the built-in languages. */
export const accordionStrings = defineStrings({
  mn: {
    accordionShowAll: 'Бүх хэсгийг харуулах',
    accordionHideAll: 'Бүх хэсгийг нуух',
    accordionAllShown: 'Бүх хэсэг харагдаж байна',
    accordionAllHidden: 'Бүх хэсэг нуугдсан',
  },
  en: {
    accordionShowAll: 'Show all sections',
    accordionHideAll: 'Hide all sections',
    accordionAllShown: 'All sections are shown',
    accordionAllHidden: 'All sections are hidden',
  },
});
