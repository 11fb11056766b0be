import { defineStrings } from './strings.js';

/** Strings of ger-tabs, in the built-in languages. */
export const tabsStrings = defineStrings({
  mn: {
    tabsEmpty: 'Одоогоор хоосон байна',
  },
  en: {
    tabsEmpty: 'Nothing here yet',
  },
});
