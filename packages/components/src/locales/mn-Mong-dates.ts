import type { Translation } from './translation.js';

const CYRILLIC = /[\u0400-\u04ff]+/g;
const WEEKDAYS = 'MonTueWedThuFriSatSun';
const english = new Map<string, Intl.DateTimeFormat>();

/** The month (0-11) or weekday (0 Monday - 6) of `date` as a formatter in `timeZone` sees it. */
function inZone(date: Date, part: 'month' | 'weekday', timeZone: string): number {
  const key = `${part}|${timeZone}`;
  let formatter = english.get(key);
  if (!formatter)
    english.set(key, (formatter = new Intl.DateTimeFormat('en', part === 'month' ? { month: 'numeric', timeZone } : { weekday: 'short', timeZone })));
  const value = formatter.format(date);
  return part === 'month' ? Number(value) - 1 : WEEKDAYS.indexOf(value) / 3;
}

/**
 * Intl has no month or weekday names in the traditional Mongol script (it falls back to Cyrillic),
 * so they come from the mn-Mong strings. The Cyrillic particles Intl puts between the parts give
 * way: "оны" after the year to the script's own (from calendarMonthYear), the rest (-ын, гараг) to
 * nothing. Digits stay Latin, as forms and registration numbers are typed. This module loads with
 * the mn-Mong strings, so pages in other languages never download it.
 */
export function traditionalDate(formatter: Intl.DateTimeFormat, date: Date, strings: Partial<Translation>): string {
  const { calendarMonths, calendarWeekdays, calendarWeekdaysShort, calendarMonthYear } = strings;
  if (!calendarMonths || !calendarWeekdays) return formatter.format(date);
  const { timeZone, weekday } = formatter.resolvedOptions();
  const short = (weekday === 'short' || weekday === 'narrow') && calendarWeekdaysShort;
  const yearParticle = /\{year\}([^{]*)\{month\}/.exec(calendarMonthYear ?? '')?.[1];
  const parts = formatter.formatToParts(date);
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
