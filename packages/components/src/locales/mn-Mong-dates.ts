import { cached } from '../utils/intl-cache.js';
import type { Translation } from './translation.js';

const WEEKDAYS = 'MonTueWedThuFriSatSun';

/**
 * A date in the traditional script, in Mongolian order: year with its particle, month, day, then
 * the weekday and a 24-hour time ("2026 ᠣᠨ ᠤ <month> 19 09:12"), with
 * numeric months as "2026.02.19". Written from the calendar fields rather than from Intl's
 * Mongolian patterns: browsers have none for mn-Mong, and Chromium none for Mongolian at all (it
 * wrote "February 19, 2026 at 9:12 AM"). Intl picks the fields the options ask for and reads them
 * in the options' time zone; month and weekday names come from the mn-Mong strings (Intl has
 * none in the script). Digits stay Latin, as forms and registration numbers are typed. This module
 * loads with the mn-Mong strings, so pages in other languages never download it.
 */
export function traditionalDate(date: Date, options: Intl.DateTimeFormatOptions | undefined, strings: Partial<Translation>): string {
  // English has data in every engine and names its fields plainly; h23 for the clock Mongolia uses.
  const fields = cached(Intl.DateTimeFormat, 'en', { ...options, hour12: undefined, hourCycle: 'h23' });
  const { calendarMonths, calendarWeekdays, calendarWeekdaysShort, calendarMonthYear } = strings;
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of fields.formatToParts(date)) part[type] = value;
  const { year, month, day, weekday, hour, minute, second } = part;
  const { timeZone, weekday: weekdayStyle } = fields.resolvedOptions();
  const inZone = (asked: Intl.DateTimeFormatOptions) => cached(Intl.DateTimeFormat, 'en', { ...asked, timeZone }).format(date);

  let written: string;
  if (month && /^\d/.test(month)) written = [year, month, day].filter(Boolean).join('.');
  else {
    const name = month && (calendarMonths?.split('|')[Number(inZone({ month: 'numeric' })) - 1] ?? month);
    const yearParticle = /\{year\}([^{]*)\{month\}/.exec(calendarMonthYear ?? '')?.[1] ?? ' ';
    written = [year && name ? `${year}${yearParticle}${name}` : (year ?? name), day].filter(Boolean).join(' ');
  }
  if (weekday) {
    const short = weekdayStyle === 'short' || weekdayStyle === 'narrow';
    const names = ((short && calendarWeekdaysShort) || calendarWeekdays)?.split('|');
    const name = names?.[WEEKDAYS.indexOf(inZone({ weekday: 'short' })) / 3] ?? weekday;
    written = written ? `${written}, ${name}` : name;
  }
  const time = [hour, minute, second].filter(Boolean).join(':');
  return [written, time].filter(Boolean).join(' ');
}
