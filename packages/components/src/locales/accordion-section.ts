import { defineStrings } from './strings.js';

/** Strings of ger-accordion-section, in the built-in languages. */
export const accordionSectionStrings = defineStrings({
  mn: {
    accordionSectionShow: 'Харуулах',
    accordionSectionHide: 'Нуух',
    accordionSectionShowLabel: 'Энэ хэсгийг харуулах',
    accordionSectionHideLabel: 'Энэ хэсгийг нуух',
  },
  en: {
    accordionSectionShow: 'Show',
    accordionSectionHide: 'Hide',
    accordionSectionShowLabel: 'Show this section',
    accordionSectionHideLabel: 'Hide this section',
  },
});
