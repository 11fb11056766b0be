import type { ReactiveControllerHost } from 'lit';
import type { Problem } from '../base/form-control.js';
import { LocalizeController } from '../controllers/localize.js';
import { registrationNumberStrings } from '../locales/registration-number.js';
import { birthDateOf, checkRegistrationNumber, toRegistrationNumber } from './rules.js';

export { birthDateOf, toRegistrationNumber };

const MESSAGE = { format: 'registrationFormat', letters: 'registrationLetters', birthDate: 'registrationBirthDate' } as const;

/**
 * The rules of `ger-registration-number` and their messages, loaded by the field as it appears
 * (before anyone can type in it), so the field's own download stays small.
 */
export class RegistrationChecks {
  private readonly localize: LocalizeController;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.localize = new LocalizeController(host, registrationNumberStrings);
  }

  /** What is wrong with the number, or nothing. */
  check(value: string): Problem | undefined {
    const problem = checkRegistrationNumber(toRegistrationNumber(value));
    return problem && { flag: problem === 'format' ? 'patternMismatch' : 'typeMismatch', message: this.localize.term(MESSAGE[problem]) };
  }
}
