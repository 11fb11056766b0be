import { defineStrings } from './strings.js';

/** Strings of ger-side-nav, in the built-in languages. */
export const sideNavStrings = defineStrings({
  mn: {
    sideNavEmpty: 'Одоогоор хоосон байна',
  },
  en: {
    sideNavEmpty: 'Nothing here yet',
  },
});
