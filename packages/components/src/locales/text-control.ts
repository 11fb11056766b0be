import { defineStrings } from './strings.js';

/** Strings of the typed-text controls (text field, text area, registration number): the length limit. */
export const textControlStrings = defineStrings({
  mn: {
    tooLong: { other: 'Хамгийн ихдээ {count} тэмдэгт оруулна уу.' },
  },
  en: {
    // A limit of one character does not occur: no singular form.
    tooLong: { other: 'Enter {count} characters or fewer.' },
  },
});
