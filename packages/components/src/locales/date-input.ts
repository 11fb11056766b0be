import { defineStrings } from './strings.js';

/** Strings of ger-date-input's boxes. Fields come in Mongolian order: year, month, day. */
export const dateInputStrings = defineStrings({
  mn: {
    dateYear: 'Он',
    dateMonth: 'Сар',
    dateDay: 'Өдөр',
    datePickerButton: 'Огноо сонгох',
    datePickerChosen: 'сонгосон огноо: {date}',
  },
  en: {
    dateYear: 'Year',
    dateMonth: 'Month',
    dateDay: 'Day',
    datePickerButton: 'Choose date',
    datePickerChosen: 'chosen date: {date}',
  },
});
