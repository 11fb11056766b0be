import { isoDate, today } from '../utils/date.js';
import { warnOnce } from '../utils/warn.js';

/** Weekday names as `unavailable` takes them, Monday first (as weeks start in Mongolia). */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** What limits the dates of a field: `min`, `max` (`YYYY-MM-DD` or `today`) and the days that cannot be chosen. */
export interface DateRules {
  readonly localName: string;
  readonly min: string;
  readonly max: string;
  /** ISO dates (`2027-02-09`) and weekdays (`saturday`), such as the days an office is closed. */
  readonly unavailable: readonly string[];
}

interface Unavailable {
  dates: Set<string>;
  /** 0 is Monday. */
  weekdays: Set<number>;
}

/** The weekday of an ISO date, Monday 0 to Sunday 6. */
export function weekday(iso: string): number {
  return (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** An ISO date as written, `today` as today's date; anything else is no limit, with one warning. */
export function dateLimit(rules: DateRules, which: 'min' | 'max'): string {
  const value = rules[which];
  if (!value) return '';
  if (value === 'today') return today();
  const [year = '', month = '', day = ''] = value.split('-');
  if (isoDate(year, month, day) === value) return value;
  warnOnce(`<${rules.localName}> ${which}="${value.slice(0, 40)}" is not a date (YYYY-MM-DD) or "today"; no limit is set.`);
  return '';
}

// A field's list is read once, not for every day of a calendar it draws.
const read = new WeakMap<readonly string[], Unavailable>();

function unavailableOf(rules: DateRules): Unavailable {
  const list = Array.isArray(rules.unavailable) ? rules.unavailable : [];
  let found = read.get(list);
  if (found) return found;
  found = { dates: new Set(), weekdays: new Set() };
  for (const entry of list) {
    const value = String(entry).trim().toLowerCase();
    const day = WEEKDAYS.indexOf(value as (typeof WEEKDAYS)[number]);
    const [year = '', month = '', date = ''] = value.split('-');
    if (day >= 0) found.weekdays.add(day);
    else if (isoDate(year, month, date) === value) found.dates.add(value);
    else warnOnce(`<${rules.localName}> unavailable: "${value.slice(0, 40)}" is not a date (YYYY-MM-DD) or a weekday (monday to sunday); it is left out.`);
  }
  read.set(list, found);
  return found;
}

/** Whether a date is one of the days that cannot be chosen (not counting `min` and `max`). */
export function isUnavailable(iso: string, rules: DateRules): boolean {
  const { dates, weekdays } = unavailableOf(rules);
  return dates.has(iso) || weekdays.has(weekday(iso));
}

/** Reads `unavailable="saturday sunday 2027-02-09"`: words split by spaces or commas. */
export const dayList = {
  fromAttribute: (value: string | null): string[] => (value ?? '').split(/[\s,]+/).filter(Boolean),
};
