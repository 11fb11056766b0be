import { defineStrings } from './strings.js';

/** Strings of ger-back-link, in the built-in languages. */
export const backLinkStrings = defineStrings({
  mn: {
    backLinkText: 'Буцах',
  },
  en: {
    backLinkText: 'Back',
  },
});
