import type { ValidatedControl, Validator } from '../base/validators.js';
import type { LocalizeController } from '../controllers/localize.js';
import { dateChecksStrings } from '../locales/date-checks.js';
import { formatDate, isoDate } from '../utils/date.js';
import { dateLimit, isUnavailable, type DateRules } from './available-days.js';

/** Joins the field's strings as the validator loads (see `LazyPartController`). */
export { dateChecksStrings as strings };

/** What the date validator reads of its control: the earliest and latest dates, and the days that cannot be chosen. */
export interface DateControl extends ValidatedControl, DateRules {}

/** A date in words in the page language ("1985 оны гуравдугаар сарын 7", "March 7, 1985"), as every Ger date. */
export function dateInWords(localize: LocalizeController, iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return formatDate(localize, { date: new Date(Date.UTC(year, month - 1, day)), dayOnly: true, datetime: iso }, 'UTC');
}

/**
 * A date typed as `year-month-day` (each part as typed): complete, a real day, and within the
 * control's `min` and `max`, and not one of its unavailable days. Loaded by `ger-date-input` as it appears (before anyone can type in
 * it), so the field's own download stays small.
 */
export const dateValidator: Validator<unknown, DateControl> = {
  key: 'date',
  check: (value, control) => {
    const { localize } = control;
    const parts = String(value).split('-');
    const [year = '', month = '', day = ''] = parts;
    // Name what is missing, as GOV.UK does ("add the day"): the boxes left empty, in their order.
    const names = localize.term('dateParts').split('|');
    const [first, second] = [year, month, day].flatMap((part, index) => (part ? [] : [names[index]]));
    if (second) return { flag: 'badInput', message: localize.term('dateMissingParts', { first, second }) };
    if (first) return { flag: 'badInput', message: localize.term('dateMissingPart', { part: first }) };
    const iso = isoDate(year, month, day);
    // More than three parts: a box holds a dash (a whole date pasted into the year), not a date.
    if (!iso || parts.length > 3) return { flag: 'badInput', message: localize.term('dateInvalid') };
    const min = dateLimit(control, 'min');
    const max = dateLimit(control, 'max');
    if (min && iso < min) return { flag: 'rangeUnderflow', message: localize.term('dateMin', { date: dateInWords(localize, min) }) };
    if (max && iso > max) return { flag: 'rangeOverflow', message: localize.term('dateMax', { date: dateInWords(localize, max) }) };
    // A real day in range that is not one of the allowed ones, as a value off an input's `step` is.
    if (isUnavailable(iso, control)) return { flag: 'stepMismatch', message: localize.term('dateUnavailable', { date: dateInWords(localize, iso) }) };
    return undefined;
  },
};
