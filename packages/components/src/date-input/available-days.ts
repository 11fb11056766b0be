import { dateText, isoDate, today } from '../utils/date.js';
import { warnOnce } from '../utils/warn.js';

/** Weekday names as `unavailable` takes them, Monday first (as weeks start in Mongolia). */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** What limits the dates of a field: `min`, `max` (`YYYY-MM-DD` or `today`) and the days that cannot be chosen. */
export interface DateRules {
  readonly localName: string;
  readonly min: string | Date;
  readonly max: string | Date;
  /** ISO dates (`2027-02-09`) and weekdays (`saturday`), such as the days an office is closed: a list, or text split by spaces or commas. */
  readonly unavailable?: readonly string[] | string;
}

interface Unavailable {
  dates: Set<string>;
  /** 0 is Monday. */
  weekdays: Set<number>;
}

/** A date field's value (`YYYY-MM-DD`, or the parts as typed) when it is a real day, else `''`. */
export function realDay(value: string): string {
  const [year = '', month = '', day = ''] = value.split('-');
  return isoDate(year, month, day) ?? '';
}

/** The weekday of an ISO date, Monday 0 to Sunday 6. */
export function weekday(iso: string): number {
  return (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** An ISO date as written, `today` as today's date; anything else is no limit, with one warning. */
export function dateLimit(rules: DateRules, which: 'min' | 'max'): string {
  const value = dateText(rules[which]);
  if (!value) return '';
  if (value === 'today') return today();
  if (realDay(value) === value) return value;
  warnOnce(`<${rules.localName}> ${which}="${value.slice(0, 40)}" is not a date (YYYY-MM-DD) or "today"; no limit is set.`);
  return '';
}

// The list last read: a calendar asks for every day it draws, and the list rarely changes.
let last: { list: unknown; days: Unavailable } | undefined;

function unavailableOf(rules: DateRules): Unavailable {
  const { unavailable } = rules;
  if (last && last.list === unavailable) return last.days;
  const list = typeof unavailable === 'string' ? unavailable.split(/[\s,]+/).filter(Boolean) : Array.isArray(unavailable) ? unavailable : [];
  const days: Unavailable = { dates: new Set(), weekdays: new Set() };
  for (const entry of list) {
    const value = String(entry).trim().toLowerCase();
    const day = WEEKDAYS.indexOf(value as (typeof WEEKDAYS)[number]);
    if (day >= 0) days.weekdays.add(day);
    else if (realDay(value) === value) days.dates.add(value);
    else warnOnce(`<${rules.localName}> unavailable: "${value.slice(0, 40)}" is not a date (YYYY-MM-DD) or a weekday (monday to sunday); it is left out.`);
  }
  last = { list: unavailable, days };
  return days;
}

/** Whether a date is one of the days that cannot be chosen (not counting `min` and `max`). */
export function isUnavailable(iso: string, rules: DateRules): boolean {
  const { dates, weekdays } = unavailableOf(rules);
  return dates.has(iso) || weekdays.has(weekday(iso));
}
