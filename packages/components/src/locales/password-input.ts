import { defineStrings } from './strings.js';

/** Strings of ger-password-input, in the built-in languages. */
export const passwordInputStrings = defineStrings({
  mn: {
    passwordShow: 'Харуулах',
    passwordShowLabel: 'Нууц үгийг харуулах',
    passwordShown: 'Нууц үг харагдаж байна',
    passwordHidden: 'Нууц үг нуугдсан',
    passwordCapsLock: 'Caps Lock асаалттай байна',
    passwordConcealed: '(нууцалсан)',
    passwordTooShort: 'Нууц үг дор хаяж {min} тэмдэгттэй байна.',
  },
  en: {
    passwordShow: 'Show',
    passwordShowLabel: 'Show password',
    passwordShown: 'Your password is visible',
    passwordHidden: 'Your password is hidden',
    passwordCapsLock: 'Caps Lock is on',
    passwordConcealed: '(hidden)',
    passwordTooShort: 'The password must be at least {min} characters.',
  },
});
