import { defineStrings } from './strings.js';

/** Strings of the choice controls: ger-select, ger-radio-group, ger-checkbox and ger-checkbox-group. */
export const choiceStrings = defineStrings({
  mn: {
    choiceMissing: 'Аль нэгийг нь сонгоно уу.',
    checkMissing: 'Энэ нүдийг тэмдэглэнэ үү.',
    groupMissing: 'Дор хаяж нэгийг сонгоно уу.',
    selectPlaceholder: 'Сонгоно уу',
  },
  en: {
    choiceMissing: 'Select an option.',
    checkMissing: 'Tick this box.',
    groupMissing: 'Select at least one option.',
    selectPlaceholder: 'Select',
  },
});
