import { defineStrings } from './strings.js';

/** Strings of ger-password-input that the field shows as it appears. */
export const passwordFieldStrings = defineStrings({
  mn: {
    passwordShow: 'Харуулах',
    passwordShowLabel: 'Нууц үгийг харуулах',
    passwordConcealed: '(нууцалсан)',
  },
  en: {
    passwordShow: 'Show',
    passwordShowLabel: 'Show password',
    passwordConcealed: '(hidden)',
  },
});

/** What the field says and checks as the user types; they come with that part (password-input/typing.ts). */
export const passwordTypingStrings = defineStrings({
  mn: {
    passwordShown: 'Нууц үг харагдаж байна',
    passwordHidden: 'Нууц үг нуугдсан',
    passwordCapsLock: 'Caps Lock асаалттай байна',
    passwordTooShort: 'Нууц үг дор хаяж {min} тэмдэгттэй байх ёстой.',
  },
  en: {
    passwordShown: 'Your password is visible',
    passwordHidden: 'Your password is hidden',
    passwordCapsLock: 'Caps Lock is on',
    passwordTooShort: 'The password must be at least {min} characters.',
  },
});

/** Every string of ger-password-input, in the built-in languages (for mn.ts and en.ts). */
export const passwordInputStrings = /* @__PURE__ */ defineStrings({
  mn: { ...passwordFieldStrings.mn, ...passwordTypingStrings.mn },
  en: { ...passwordFieldStrings.en, ...passwordTypingStrings.en },
});
