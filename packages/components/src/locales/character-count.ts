import { defineStrings } from './strings.js';

/** Strings of the character count under a text field or text area (controllers/character-count.ts). */
export const characterCountStrings = defineStrings({
  mn: {
    charactersLeft: { other: '{count} тэмдэгт үлдсэн' },
    charactersOver: { other: '{count} тэмдэгтээр хэтэрсэн' },
  },
  en: {
    charactersLeft: { one: 'You have {count} character remaining', other: 'You have {count} characters remaining' },
    charactersOver: { one: 'You have {count} character too many', other: 'You have {count} characters too many' },
  },
});
