import type { LocalizeController } from '../controllers/localize.js';
import type { TermKey } from '../locales/translation.js';
import type { FieldValue } from './field-value.js';

/** What is wrong with a value: the `ValidityState` flag it sets and a message in the page's language. */
export interface ValidationResult {
  flag: keyof ValidityStateFlags;
  message: string;
}

/** What a validator may read of the control it checks: its language, `required`, and its own attributes. */
export interface ValidatedControl extends HTMLElement {
  readonly localize: LocalizeController;
  readonly required: boolean;
}

/**
 * A check a form control runs on its value. Ger's own checks (required, length, e-mail, date,
 * registration number, file type and size) are validators, and an agency adds its own through
 * a control's `validators` property:
 *
 * ```js
 * field.validators = [{
 *   key: 'vehicle-plate',
 *   check: (value, control) => /^\d{4} [А-ЯӨҮ]{3}$/.test(value) ? undefined
 *     : { flag: 'patternMismatch', message: inLanguage(control, { mn: 'Улсын дугаар 1234 УБА хэлбэртэй.', en: 'Write the plate as 1234 УБА.' }) },
 * }];
 * ```
 *
 * `check` runs only on a value that is not empty (`required` says when one is missing), after
 * the control's own checks, and must not touch the DOM (it also runs on the server). The first
 * result found is the control's `validity` and `validationMessage`, and blocks sending the form.
 */
export interface Validator<V = FieldValue, C extends ValidatedControl = ValidatedControl> {
  /** Names the check, e.g. `required`, `date`, `vehicle-plate`. */
  readonly key: string;
  check(value: V, control: C): ValidationResult | undefined;
}

/** No value: nothing chosen, or only spaces typed. */
export function isEmpty(value: FieldValue): boolean {
  if (value == null) return true;
  if (typeof value === 'string') return !value.trim();
  return Array.isArray(value) && !value.length;
}

/** A message in the control's language, for your own validators; Mongolian when there is none in it. */
export function inLanguage(control: ValidatedControl, messages: { mn: string; en?: string; [lang: string]: string | undefined }): string {
  return messages[control.localize.lang] ?? messages.mn;
}

/** A required control without a value, with the message that suits the control ("Fill in this field", "Tick this box"). */
export function requiredValidator(message: TermKey = 'valueMissing'): Validator {
  return {
    key: 'required',
    check: (value, control) => (control.required && isEmpty(value) ? { flag: 'valueMissing', message: control.localize.term(message) } : undefined),
  };
}

/** Runs validators in order: `required` on any value, the rest only on a value that is not empty. */
export function runValidators<V extends FieldValue, C extends ValidatedControl>(
  value: V,
  control: C,
  validators: readonly Validator<V, C>[],
): ValidationResult | undefined {
  const empty = isEmpty(value);
  for (const validator of validators) {
    if (empty && validator.key !== 'required') continue;
    try {
      const result = validator.check(value, control);
      // A result without a message would make `setValidity` throw: the key stands in for it.
      if (result) return { flag: result.flag || 'customError', message: String(result.message || validator.key) };
    } catch (error) {
      // A broken validator must not break the form: it is skipped, with the reason in the console.
      console.error(`<${control.localName}> validator "${validator.key}" threw; skipped.`, error);
    }
  }
  return undefined;
}
