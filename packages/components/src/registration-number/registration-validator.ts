import type { ValidatedControl, Validator } from '../base/validators.js';
import { registrationNumberStrings } from '../locales/registration-number.js';
import { birthDateOf, checkRegistrationNumber, toRegistrationNumber } from './rules.js';

/** Joins the field's strings as the validator loads (see `LazyPartController`). */
export { registrationNumberStrings as strings };
export { birthDateOf, toRegistrationNumber };

const MESSAGE = { format: 'registrationFormat', letters: 'registrationLetters', birthDate: 'registrationBirthDate' } as const;

/**
 * A Mongolian civil registration number: two Cyrillic letters and eight digits holding a real
 * date of birth. Loaded by `ger-registration-number` as it appears (before anyone can type in
 * it), so the field's own download stays small.
 */
export const registrationNumberValidator: Validator<unknown, ValidatedControl> = {
  key: 'registration-number',
  check: (value, control) => {
    const problem = checkRegistrationNumber(toRegistrationNumber(String(value).trim()));
    return problem && { flag: problem === 'format' ? 'patternMismatch' : 'typeMismatch', message: control.localize.term(MESSAGE[problem]) };
  },
};
