import type { LocalizeController } from '../controllers/localize.js';
import { formatDateTime } from '../controllers/localize.js';
import { warnOnce } from './warn.js';

/** Public services in Mongolia keep Ulaanbaatar time; a site may give another zone. */
export const DEFAULT_TIME_ZONE = 'Asia/Ulaanbaatar';

/** A date from data, understood once. */
export interface DataDate {
  date: Date;
  /** A calendar day (`2026-03-01`) rather than a moment: shown as written, in any time zone. */
  dayOnly: boolean;
  /** The value for `<time datetime>`. */
  datetime: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A moment needs its offset (or Z): without one, each reader's machine would put it elsewhere. */
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Reads an ISO 8601 day (`2026-03-01`) or moment with its offset (`2026-03-01T09:30:00+08:00`), or a `Date`.
 * Anything else is not a date: `undefined`, and one warning naming `where`.
 */
export function parseDate(value: unknown, where: string): DataDate | undefined {
  if (value == null || value === '') return undefined;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return { date: value, dayOnly: false, datetime: value.toISOString() };
  if (typeof value === 'string') {
    const trimmed = value.trim();
    const day = DAY.exec(trimmed);
    if (day) {
      const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
      if (date.getUTCMonth() === Number(day[2]) - 1 && date.getUTCDate() === Number(day[3])) return { date, dayOnly: true, datetime: trimmed };
    } else if (MOMENT.test(trimmed)) {
      const date = new Date(trimmed);
      if (!Number.isNaN(date.getTime())) return { date, dayOnly: false, datetime: date.toISOString() };
    }
  }
  warnOnce(`${where}: "${String(value).slice(0, 40)}" is not an ISO 8601 date.`);
  return undefined;
}

/** The time zone when `Intl` knows it, else Ulaanbaatar with one warning. */
export function validTimeZone(zone: string | null | undefined): string {
  if (!zone) return DEFAULT_TIME_ZONE;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    warnOnce(`unknown time-zone="${zone}"`);
    return DEFAULT_TIME_ZONE;
  }
}

/**
 * The zone to show a date in: a calendar day is the same day everywhere (it is kept as UTC
 * midnight, so it is formatted in UTC); a moment falls on the day of the reader's zone.
 */
export function zoneFor(value: DataDate, timeZone: string): string {
  return value.dayOnly ? 'UTC' : timeZone;
}

/** The numeric calendar fields of a moment in a time zone (`year`, `month`, `day`, `hour`, `minute`). */
function calendarFields(date: Date, timeZone: string): Record<string, number> {
  const numeric = 'numeric';
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: numeric,
    month: numeric,
    day: numeric,
    hour: numeric,
    minute: numeric,
    hourCycle: 'h23',
  }).formatToParts(date);
  return Object.fromEntries(parts.map((part) => [part.type, Number(part.value)]));
}

/** The calendar day of a date in a time zone, as a day number (days since 1970-01-01). */
export function dayNumber(value: DataDate, timeZone: string): number {
  const { year, month, day } = calendarFields(value.date, zoneFor(value, timeZone));
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/**
 * Months as Intl's Mongolian long date says them ("2026 оны гуравдугаар сарын 20"): the number
 * word and its ordinal suffix, which follows the word's vowels (нэгдүгээр, хоёрдугаар).
 */
const MONGOLIAN_NUMBERS = 'нэг|хоёр|гурав|дөрөв|тав|зургаа|долоо|найм|ес|арав|арван нэг|арван хоёр'.split('|');
const mongolianMonth = (month: number) => {
  const word = MONGOLIAN_NUMBERS[month - 1];
  return word + (/[еэиөү]/.test(word) ? 'дүгээр' : 'дугаар');
};
/** A long date in Mongolian, from its calendar fields. */
const mongolianDate = ({ year, month, day }: Record<string, number>) => `${year} оны ${mongolianMonth(month)} сарын ${day}`;

/**
 * A long date in the reader's language. Mongolian in Cyrillic is written here, in the words Intl's
 * Mongolian uses: Chromium's Intl has no Mongolian and would write English, and one writer makes
 * every engine and the server say exactly the same thing. The traditional script's strings bring
 * their own date writer (formatDateTime).
 */
export function formatDate(localize: LocalizeController, value: DataDate, timeZone: string): string {
  const zone = zoneFor(value, timeZone);
  if (localize.lang !== 'mn') return formatDateTime(localize, value.date, { dateStyle: 'long', timeZone: zone });
  return mongolianDate(calendarFields(value.date, zone));
}

/** A moment as `formatDate` writes it, with its time (hours and minutes); a calendar day without one. */
export function formatMoment(localize: LocalizeController, value: DataDate, timeZone: string): string {
  const zone = zoneFor(value, timeZone);
  if (value.dayOnly) return formatDate(localize, value, timeZone);
  if (localize.lang !== 'mn') return formatDateTime(localize, value.date, { dateStyle: 'long', timeStyle: 'short', timeZone: zone });
  const fields = calendarFields(value.date, zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${mongolianDate(fields)} ${pad(fields.hour)}:${pad(fields.minute)}`;
}

/** `YYYY-MM-DD` when year, month and day make a real date (year 1000 or later), else `undefined`. */
export function isoDate(year: string, month: string, day: string): string | undefined {
  if (!/^\d{4}$/.test(year) || !/^\d{1,2}$/.test(month) || !/^\d{1,2}$/.test(day)) return undefined;
  const date = new Date(Date.UTC(+year, +month - 1, +day));
  if (date.getUTCMonth() !== +month - 1 || date.getUTCDate() !== +day || +year < 1000) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** A date given as text (`YYYY-MM-DD`, kept as written) or as a `Date` (its day in the user's time zone), as text. */
export function dateText(value: unknown): string {
  return value instanceof Date ? (today(value) ?? '') : value == null ? '' : String(value);
}

/** Today as `YYYY-MM-DD` in the user's time zone (Ulaanbaatar is 8 hours ahead of UTC). */
export function today(now = new Date()): string {
  // An invalid Date has no day: undefined, though typed as text for the many callers that pass none.
  return isoDate(String(now.getFullYear()), String(now.getMonth() + 1), String(now.getDate()))!;
}
