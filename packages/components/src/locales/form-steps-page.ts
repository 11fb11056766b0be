import { defineStrings } from './strings.js';

/** Strings of ger-form-steps for the page title (form-steps/page.ts): "Алдаа: Алхам 2/5: Хаяг – …". */
export const formStepsPageStrings = defineStrings({
  mn: {
    stepOf: 'Алхам {current}/{total}',
    stepErrorTitle: 'Алдаа: {title}',
  },
  en: {
    stepOf: 'Step {current} of {total}',
    stepErrorTitle: 'Error: {title}',
  },
});
