import type { StringsPack } from '../translation.js';

/** Choices: select, radio group, checkbox and checkbox group. */
export const choiceStrings: StringsPack<'choiceMissing' | 'checkMissing' | 'groupMissing' | 'selectPlaceholder'> = {
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
};
