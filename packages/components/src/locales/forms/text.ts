import type { StringsPack } from '../translation.js';

/** Typed text (text field, text area, registration number): the length limit and character count. */
export const textStrings: StringsPack<'tooLong' | 'charactersLeft' | 'charactersOver'> = {
  mn: {
    tooLong: { other: 'Хамгийн ихдээ {count} тэмдэгт оруулна уу.' },
    charactersLeft: { other: '{count} тэмдэгт үлдсэн' },
    charactersOver: { other: '{count} тэмдэгтээр хэтэрсэн' },
  },
  en: {
    // A limit of one character does not occur: no singular form.
    tooLong: { other: 'Enter {count} characters or fewer.' },
    charactersLeft: { one: 'You have {count} character remaining', other: 'You have {count} characters remaining' },
    charactersOver: { one: 'You have {count} character too many', other: 'You have {count} characters too many' },
  },
};
