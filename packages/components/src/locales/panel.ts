import { defineStrings } from './strings.js';

/** Strings of ger-panel, in the built-in languages. */
export const panelStrings = defineStrings({
  mn: {
    panelReference: 'Таны лавлах дугаар',
  },
  en: {
    panelReference: 'Your reference number',
  },
});
