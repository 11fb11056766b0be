import { defineStrings } from './strings.js';

/**
 * Strings of ger-date-input's "Choose date" button (date-input/picker.ts): they load with the
 * button, only on a field with `picker`.
 */
export const datePickerStrings = defineStrings({
  mn: {
    datePickerButton: 'Огноо сонгох',
    datePickerChosen: 'сонгосон огноо: {date}',
  },
  en: {
    datePickerButton: 'Choose date',
    datePickerChosen: 'chosen date: {date}',
  },
});
