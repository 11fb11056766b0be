import { cached } from '../utils/intl-cache.js';
import type { Translation } from './translation.js';

const CYRILLIC = /[\u0400-\u04ff]+/g;
const WEEKDAYS = 'MonTueWedThuFriSatSun';

/** The month (0-11) or weekday (0 Monday - 6) of `date` as a formatter in `timeZone` sees it. */
function inZone(date: Date, part: 'month' | 'weekday', timeZone: string): number {
  const value = cached(Intl.DateTimeFormat, 'en', part === 'month' ? { month: 'numeric', timeZone } : { weekday: 'short', timeZone }).format(date);
  return part === 'month' ? Number(value) - 1 : WEEKDAYS.indexOf(value) / 3;
}

/**
 * A date in the traditional script, from Mongolian's Intl patterns (browsers have none for
 * mn-Mong: Chromium would fall back to English ones). Intl has no month or weekday names in the
 * script either (it writes Cyrillic), so they come from the mn-Mong strings. The Cyrillic particles
 * Intl puts between the parts give way: "оны" after the year to the script's own (from
 * calendarMonthYear), the rest (-ын, гараг) to nothing. Digits stay Latin, as forms and
 * registration numbers are typed. This module loads with the mn-Mong strings, so pages in other
 * languages never download it.
 */
export function traditionalDate(date: Date, options: Intl.DateTimeFormatOptions | undefined, strings: Partial<Translation>): string {
  const mongolian = cached(Intl.DateTimeFormat, 'mn', options);
  const { calendarMonths, calendarWeekdays, calendarWeekdaysShort, calendarMonthYear } = strings;
  if (!calendarMonths || !calendarWeekdays) return mongolian.format(date);
  const { timeZone, weekday } = mongolian.resolvedOptions();
  const short = (weekday === 'short' || weekday === 'narrow') && calendarWeekdaysShort;
  const yearParticle = /\{year\}([^{]*)\{month\}/.exec(calendarMonthYear ?? '')?.[1];
  const parts = mongolian.formatToParts(date);
  return parts
    .map((part, i) => {
      if (part.type === 'month' && /\D/.test(part.value)) return calendarMonths.split('|')[inZone(date, 'month', timeZone)];
      if (part.type === 'weekday') return (short || calendarWeekdays).split('|')[inZone(date, 'weekday', timeZone)];
      if (part.type !== 'literal' || !part.value.match(CYRILLIC)) return part.value;
      if (yearParticle && parts[i - 1]?.type === 'year' && parts[i + 1]?.type === 'month') return yearParticle;
      return part.value.replace(CYRILLIC, '').replace(/\s+/g, ' ');
    })
    .join('')
    .trim();
}
