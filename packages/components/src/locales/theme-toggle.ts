import { defineStrings } from './strings.js';

/** Strings of ger-theme-toggle, in the built-in languages. */
export const themeToggleStrings = defineStrings({
  mn: {
    nightMode: 'Шөнийн горим',
  },
  en: {
    nightMode: 'Night mode',
  },
});
