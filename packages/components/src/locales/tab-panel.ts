import { defineStrings } from './strings.js';

/** Strings of ger-tab-panel, in the built-in languages. */
export const tabPanelStrings = defineStrings({
  mn: {
    tabPanelEmpty: 'Одоогоор хоосон байна',
  },
  en: {
    tabPanelEmpty: 'Nothing here yet',
  },
});
