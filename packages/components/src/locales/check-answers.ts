import { combineStrings, defineStrings } from './strings.js';
import { summaryListStrings } from './summary-list.js';

/** Strings of ger-check-answers of its own; the Change link's come from the summary list. */
export const checkAnswersOwnStrings = defineStrings({
  mn: {
    answerNotGiven: 'Бөглөөгүй',
  },
  en: {
    answerNotGiven: 'Not given',
  },
});

/** Every string ger-check-answers shows. */
export const checkAnswersStrings = combineStrings(checkAnswersOwnStrings, summaryListStrings);
