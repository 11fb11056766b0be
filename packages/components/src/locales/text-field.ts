import { defineStrings } from './strings.js';

/** Strings of ger-text-field: e-mail, phone and number formats, patterns and ranges. */
export const textFieldStrings = defineStrings({
  mn: {
    emailMismatch: 'Имэйл хаягийг зөв оруулна уу, жишээ нь: name@example.mn',
    telMismatch: 'Утасны дугаарыг зөв оруулна уу, жишээ нь: 9911 2233',
    numberMismatch: 'Зөвхөн тоо оруулна уу.',
    patternMismatch: 'Зөв хэлбэрээр оруулна уу.',
    rangeUnderflow: 'Хамгийн багадаа {min} байх ёстой.',
    rangeOverflow: 'Хамгийн ихдээ {max} байх ёстой.',
  },
  en: {
    emailMismatch: 'Enter an email address like name@example.mn',
    telMismatch: 'Enter a phone number like 9911 2233',
    numberMismatch: 'Enter a number.',
    patternMismatch: 'Enter it in the correct format.',
    rangeUnderflow: 'It must be {min} or more.',
    rangeOverflow: 'It must be {max} or less.',
  },
});
