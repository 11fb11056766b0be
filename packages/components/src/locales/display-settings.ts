import { defineStrings } from './strings.js';

/** Strings of ger-display-settings's button, in the built-in languages (the panel's: display-settings-panel.ts). */
export const displaySettingsStrings = defineStrings({
  mn: {
    displaySettings: 'Дэлгэцийн тохиргоо',
  },
  en: {
    displaySettings: 'Display settings',
  },
});
