import { defineStrings } from './strings.js';

/** Strings of ger-dialog, in the built-in languages. */
export const dialogStrings = defineStrings({
  mn: {
    dialogClose: 'Хаах',
    dialogCancel: 'Болих',
    dialogContent: 'Цонхны агуулга',
  },
  en: {
    dialogClose: 'Close',
    dialogCancel: 'Cancel',
    dialogContent: 'Dialog content',
  },
});
