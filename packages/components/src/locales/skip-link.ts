import { defineStrings } from './strings.js';

/** Strings of ger-skip-link, in the built-in languages. */
export const skipLinkStrings = defineStrings({
  mn: {
    skipToContent: 'Үндсэн агуулга руу шилжих',
  },
  en: {
    skipToContent: 'Skip to main content',
  },
});
