import type { ReactiveControllerHost } from 'lit';
import type { Problem } from '../base/form-control.js';
import { LocalizeController } from '../controllers/localize.js';
import { dateChecksStrings } from '../locales/date-checks.js';
import type { TermKey } from '../locales/translation.js';
import { formatDate, isoDate, today } from '../utils/date.js';

/**
 * The checks of `ger-date-input` and dates in words, with their messages, loaded by the field as
 * it appears (before anyone can type in it), so the field's own download stays small.
 */
export class DateChecks {
  private readonly localize: LocalizeController;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.localize = new LocalizeController(host, dateChecksStrings);
  }

  /** A date in words in the page language ("1985 оны гуравдугаар сарын 7", "March 7, 1985"), as every Ger date. */
  inWords(iso: string): string {
    const [year, month, day] = iso.split('-').map(Number);
    return formatDate(this.localize, { date: new Date(Date.UTC(year, month - 1, day)), dayOnly: true, datetime: iso }, 'UTC');
  }

  /** What is wrong with a date of which at least one part is filled in, or nothing. */
  check(year: string, month: string, day: string, min: string, max: string): Problem | undefined {
    const fail = (flag: Problem['flag'], key: TermKey, date?: string) => ({
      flag,
      message: this.localize.term(key, { date: date ? this.inWords(date) : '' }),
    });
    if (!year || !month || !day) return fail('badInput', 'dateIncomplete');
    const iso = isoDate(year, month, day);
    if (!iso) return fail('badInput', 'dateInvalid');
    if (min === 'today') min = today();
    if (max === 'today') max = today();
    if (min && iso < min) return fail('rangeUnderflow', 'dateMin', min);
    if (max && iso > max) return fail('rangeOverflow', 'dateMax', max);
    return undefined;
  }
}
