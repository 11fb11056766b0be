import type { ReactiveControllerHost } from 'lit';
import type { Problem } from '../base/form-control.js';
import { LocalizeController } from '../controllers/localize.js';
import { textFieldStrings } from '../locales/text-field.js';
import { warnOnce } from '../utils/warn.js';

/** The HTML standard's valid e-mail address, as `<input type="email">` checks it. */
const EMAIL = /^[\w.!#$%&'*+/=?^`{|}~-]+@[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)*$/i;
/** 8 to 15 digits (8 in Mongolia; more with a country code); spaces, dashes and brackets are ignored. */
const TEL = /^\+?\d{8,15}$/;
/** A decimal number; a comma may be the decimal separator. */
const NUMBER = /^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/;

/** What a field asks of its value's format. */
interface Format {
  localName: string;
  pattern: string;
  min?: number;
  max?: number;
}

/**
 * The format checks of `ger-text-field` and their messages, in a module of their own: a field
 * loads it when its type or pattern needs it, so plain text fields never download it.
 */
export class FormatChecks {
  private readonly localize: LocalizeController;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.localize = new LocalizeController(host, textFieldStrings);
  }

  /** What is wrong with a non-empty value of this kind, or nothing. */
  check(value: string, kind: string, field: Format): Problem | undefined {
    const fail = (flag: Problem['flag'], key: 'emailMismatch' | 'telMismatch' | 'patternMismatch' | 'numberMismatch') => ({
      flag,
      message: this.localize.term(key),
    });
    if (kind === 'email' && !EMAIL.test(value)) return fail('typeMismatch', 'emailMismatch');
    if (kind === 'tel' && !TEL.test(value.replace(/[\s()-]/g, ''))) return fail('typeMismatch', 'telMismatch');
    if (field.pattern && !matches(field, value)) return fail('patternMismatch', 'patternMismatch');
    if (kind !== 'number') return undefined;
    if (!NUMBER.test(value)) return fail('badInput', 'numberMismatch');
    const number = Number(value.replace(',', '.'));
    const { min, max } = field;
    if (min != null && number < min) return { flag: 'rangeUnderflow', message: this.localize.term('rangeUnderflow', { min: this.localize.number(min) }) };
    if (max != null && number > max) return { flag: 'rangeOverflow', message: this.localize.term('rangeOverflow', { max: this.localize.number(max) }) };
    return undefined;
  }
}

function matches(field: Format, value: string): boolean {
  try {
    return new RegExp(`^(?:${field.pattern})$`, 'u').test(value);
  } catch {
    warnOnce(`<${field.localName}> pattern="${field.pattern}" is not a valid regular expression; ignored.`);
    return true;
  }
}
