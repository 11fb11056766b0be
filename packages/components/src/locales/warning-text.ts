import { defineStrings } from './strings.js';

/** Strings of ger-warning-text, in the built-in languages. */
export const warningTextStrings = defineStrings({
  mn: {
    warningTextPrefix: 'Анхааруулга',
  },
  en: {
    warningTextPrefix: 'Warning',
  },
});
