import { defineStrings } from './strings.js';

// Each choice control takes only the strings it shows: a radio group's bundle carries no
// checkbox message (the Mongolian text costs two bytes a letter).

/** ger-radio-group and ger-select: nothing chosen. */
export const choiceMissingStrings = defineStrings({
  mn: { choiceMissing: 'Аль нэгийг нь сонгоно уу.' },
  en: { choiceMissing: 'Select an option.' },
});

/** ger-checkbox: a required box not ticked. */
export const checkMissingStrings = defineStrings({
  mn: { checkMissing: 'Энэ нүдийг тэмдэглэнэ үү.' },
  en: { checkMissing: 'Tick this box.' },
});

/** ger-checkbox-group: no box ticked. */
export const groupMissingStrings = defineStrings({
  mn: { groupMissing: 'Дор хаяж нэгийг сонгоно уу.' },
  en: { groupMissing: 'Select at least one option.' },
});

/** ger-select: the empty first option. */
export const selectPlaceholderStrings = defineStrings({
  mn: { selectPlaceholder: 'Сонгоно уу' },
  en: { selectPlaceholder: 'Select' },
});
