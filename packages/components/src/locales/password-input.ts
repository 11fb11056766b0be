import { defineStrings } from './strings.js';

/** Strings of ger-password-input, in the built-in languages. */
export const passwordInputStrings = defineStrings({
  mn: {
    passwordInputEmpty: 'Одоогоор хоосон байна',
  },
  en: {
    passwordInputEmpty: 'Nothing here yet',
  },
});
