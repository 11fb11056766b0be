import { defineStrings } from './strings.js';

/** Strings of ger-button, in the built-in languages. */
export const buttonStrings = defineStrings({
  mn: {
    loading: 'Ачаалж байна',
    opensInNewTab: '(шинэ цонхонд нээгдэнэ)',
  },
  en: {
    loading: 'Loading',
    opensInNewTab: '(opens in a new tab)',
  },
});
