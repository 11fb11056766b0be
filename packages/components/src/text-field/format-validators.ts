import type { Validator } from '../base/validators.js';
import type { ValidatedControl } from '../base/validators.js';
import { textFieldStrings } from '../locales/text-field.js';
import { warnOnce } from '../utils/warn.js';
import { formatNumber } from '../controllers/localize.js';
import { readNumber } from '../utils/number.js';

/** Joins the field's strings as the checks load (see `LazyPartController`). */
export { textFieldStrings as strings };

/** The HTML standard's valid e-mail address, as `<input type="email">` checks it. */
const EMAIL = /^[\w.!#$%&'*+/=?^`{|}~-]+@[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)*$/i;
/** 8 to 15 digits (8 in Mongolia; more with a country code); spaces, dashes and brackets are ignored. */
const TEL = /^\+?\d{8,15}$/;

/** What a text field asks of its value's format. */
export interface FormatControl extends ValidatedControl {
  readonly type: string;
  readonly pattern: string;
  readonly min?: number;
  readonly max?: number;
}

type FormatValidator = Validator<unknown, FormatControl>;
const text = (value: unknown) => String(value).trim();

/** `type="email"`: an address as the HTML standard defines it. */
export const emailValidator: FormatValidator = {
  key: 'email',
  check: (value, control) =>
    control.type === 'email' && !EMAIL.test(text(value)) ? { flag: 'typeMismatch', message: control.localize.term('emailMismatch') } : undefined,
};

/** `type="tel"`: 8 to 15 digits, spaces, dashes and brackets aside. */
export const telValidator: FormatValidator = {
  key: 'tel',
  check: (value, control) =>
    control.type === 'tel' && !TEL.test(text(value).replace(/[\s()-]/g, ''))
      ? { flag: 'typeMismatch', message: control.localize.term('telMismatch') }
      : undefined,
};

/** `pattern`: the whole value matches the regular expression (as the native `pattern`). */
export const patternValidator: FormatValidator = {
  key: 'pattern',
  check: (value, control) =>
    control.pattern && !matches(control, text(value)) ? { flag: 'patternMismatch', message: control.localize.term('patternMismatch') } : undefined,
};

/** `type="number"`: a number as people write it (`readNumber`: "1 500", "12,5"), within `min` and `max`. */
export const numberValidator: FormatValidator = {
  key: 'number',
  check: (value, control) => {
    if (control.type !== 'number') return undefined;
    const { localize, min, max } = control;
    const number = readNumber(text(value));
    if (number === undefined) return { flag: 'badInput', message: localize.term('numberMismatch') };
    if (min != null && number < min) return { flag: 'rangeUnderflow', message: localize.term('rangeUnderflow', { min: formatNumber(localize, min) }) };
    if (max != null && number > max) return { flag: 'rangeOverflow', message: localize.term('rangeOverflow', { max: formatNumber(localize, max) }) };
    return undefined;
  },
};

/**
 * What a number field sends: the number as its check read it ("1 500" as 1500, "12,5" as 12.5),
 * as a native number field sends it; `undefined` for anything else (sent as typed).
 */
export function sentNumber(control: FormatControl & { readonly value: string }): string | undefined {
  const number = control.type === 'number' ? readNumber(control.value) : undefined;
  return number === undefined ? undefined : String(number);
}

/**
 * The format checks of `ger-text-field`, in order, in a module of their own: a field loads it
 * when its type or pattern needs it, so plain text fields never download it.
 */
export const formatValidators = [emailValidator, telValidator, patternValidator, numberValidator];

function matches(control: FormatControl, value: string): boolean {
  try {
    return new RegExp(`^(?:${control.pattern})$`, 'u').test(value);
  } catch {
    warnOnce(`<${control.localName}> pattern="${control.pattern}" is not a valid regular expression; ignored.`);
    return true;
  }
}
