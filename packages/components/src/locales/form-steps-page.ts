import { defineStrings } from './strings.js';

/** Strings of ger-form-steps for the page title (form-steps/page.ts): "Алдаа: Алхам 2/5: Хаяг – …". */
export const formStepsPageStrings = defineStrings({
  mn: {
    stepOf: 'Алхам {current}/{total}',
    stepErrorTitle: 'Алдаа: {title}',
    // Once sent, while the page shows its confirmation: "Илгээсэн – Гадаад паспорт".
    stepsSentTitle: 'Илгээсэн',
  },
  en: {
    stepOf: 'Step {current} of {total}',
    stepErrorTitle: 'Error: {title}',
    stepsSentTitle: 'Submitted',
  },
});
