import { defineStrings } from './strings.js';

/** Strings of ger-language-switch (the languages name themselves, through Intl). */
export const languageSwitchStrings = defineStrings({
  mn: {
    languageSwitch: 'Хэл сонгох',
  },
  en: {
    languageSwitch: 'Choose language',
  },
});
