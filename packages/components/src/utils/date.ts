/** `YYYY-MM-DD` when year, month and day make a real date (year 1000 or later), else `undefined`. */
export function isoDate(year: string, month: string, day: string): string | undefined {
  if (!/^\d{4}$/.test(year) || !/^\d{1,2}$/.test(month) || !/^\d{1,2}$/.test(day)) return undefined;
  const date = new Date(Date.UTC(+year, +month - 1, +day));
  if (date.getUTCMonth() !== +month - 1 || date.getUTCDate() !== +day || +year < 1000) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Today as `YYYY-MM-DD` in the user's time zone (Ulaanbaatar is 8 hours ahead of UTC). */
export function today(now = new Date()): string {
  return isoDate(String(now.getFullYear()), String(now.getMonth() + 1), String(now.getDate()))!;
}
