import { defineStrings } from './strings.js';

/** Strings of ger-check-answers. */
export const checkAnswersStrings = defineStrings({
  mn: {
    answerChange: 'Өөрчлөх',
    answerNotGiven: 'Бөглөөгүй',
  },
  en: {
    answerChange: 'Change',
    answerNotGiven: 'Not given',
  },
});
