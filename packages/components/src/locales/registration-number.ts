import { defineStrings } from './strings.js';

/** Strings of ger-registration-number. */
export const registrationNumberStrings = defineStrings({
  mn: {
    registrationFormat: 'Регистрийн дугаарыг 2 үсэг, 8 цифрээр оруулна уу, жишээ нь: УБ99112233.',
    registrationLetters: 'Эхний 2 тэмдэгт нь кирилл үсэг байх ёстой.',
    registrationBirthDate: 'Үсгийн дараах 6 цифр нь төрсөн он, сар, өдөр (ООССӨӨ) байх ёстой.',
  },
  en: {
    registrationFormat: 'Enter 2 letters and 8 digits, like УБ99112233.',
    registrationLetters: 'The first 2 characters must be Cyrillic letters.',
    registrationBirthDate: 'The 6 digits after the letters must be a real date of birth (YYMMDD).',
  },
});
