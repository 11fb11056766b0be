/** Text in one language, or in several keyed by language code: `{ mn: 'Паспорт', en: 'Passport' }`. */
export type LocalizedText = string | Readonly<Record<string, string>>;

/**
 * The text of `value` in `lang`, else in Mongolian, else in the first language it has; `''`
 * for anything that is not text (data from elsewhere may be broken: it never throws).
 */
export function textIn(value: unknown, lang: string): string {
  if (value && typeof value === 'object') {
    const texts = value as Record<string, unknown>;
    value = texts[lang] ?? texts.mn ?? Object.values(texts)[0];
  }
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}
