import { defineStrings } from './strings.js';

/** Strings of ger-date-input's boxes. Fields come in Mongolian order: year, month, day. */
export const dateInputStrings = defineStrings({
  mn: {
    dateYear: 'Он',
    dateMonth: 'Сар',
    dateDay: 'Өдөр',
  },
  en: {
    dateYear: 'Year',
    dateMonth: 'Month',
    dateDay: 'Day',
  },
});
