import { defineStrings } from './strings.js';

/** Strings of ger-form-steps. */
export const formStepsStrings = defineStrings({
  mn: {
    stepOf: 'Алхам {current}/{total}',
    stepsLabel: 'Алхмууд',
    stepContinue: 'Үргэлжлүүлэх',
    stepBack: 'Буцах',
    stepSkip: 'Алгасах',
    stepSubmit: 'Илгээх',
    // As the form-control strings say it, after the heading of an optional step.
    fieldOptional: '(заавал биш)',
    // Said when a move waits (the next step's code downloading on a slow link), as ger-button says it.
    loading: 'Ачаалж байна',
  },
  en: {
    stepOf: 'Step {current} of {total}',
    stepsLabel: 'Steps',
    stepContinue: 'Continue',
    stepBack: 'Back',
    stepSkip: 'Skip',
    stepSubmit: 'Submit',
    fieldOptional: '(optional)',
    loading: 'Loading',
  },
});
