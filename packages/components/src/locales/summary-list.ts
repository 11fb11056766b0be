import { defineStrings } from './strings.js';

/** Strings of a summary list (ger-summary-list, and ger-check-answers built on it). */
export const summaryListStrings = defineStrings({
  mn: {
    answerChange: 'Өөрчлөх',
  },
  en: {
    answerChange: 'Change',
  },
});
