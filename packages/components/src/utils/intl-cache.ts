/**
 * Intl formatters are slow to create (tens of microseconds each) and a page may format the
 * same way in a thousand cards: one per language and options, shared by every element
 * (and by the traditional script's dates, locales/mn-Mong-dates.ts).
 */
type Formatter = Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat | Intl.Collator;
const formatters = new Map<string, Formatter>();
export function cached<T extends Formatter>(make: new (lang: string, options?: object) => T, lang: string, options?: object): T {
  const key = JSON.stringify([make.name, lang, options]);
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = new make(lang, options)));
  return formatter;
}
