import type { ColumnType } from './enhance.js';
import { readNumber } from '../utils/number.js';

/** How a column's values compare: as text (Mongolian collation), as numbers, or as dates. */
export type SortType = 'text' | 'number' | 'date';

export type SortDirection = 'ascending' | 'descending';

/**
 * A number as tables write it: "12 500₮", "1,234.5", "−3", "45 %" (see `readNumber`); one
 * currency or percent sign is ignored; anything else is not a number.
 */
export function parseNumber(value: string): number | undefined {
  return readNumber(value.trim().replace(/^[₮$€%]\s*|\s*[₮$€%]$/g, ''));
}

/** A calendar date or date and time in ISO form ("2026-12-05", "2026-12-05T09:00"), as a time value. */
export function parseDate(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

const PARSERS: Record<Exclude<SortType, 'text'>, (value: string) => number | undefined> = { number: parseNumber, date: parseDate };

/**
 * The type a column's values are compared as. A declared `number` or `date` column with a value
 * that is neither, or an `auto` column mixing numbers or dates with text, is compared as text:
 * `mixed` says so, for the element to warn. Empty values never count.
 */
export function sortTypeOf(values: readonly string[], declared: ColumnType): { type: SortType; mixed: boolean } {
  const filled = values.filter((value) => value !== '');
  if (declared === 'text' || !filled.length) return { type: 'text', mixed: false };
  const candidates: Exclude<SortType, 'text'>[] = declared === 'auto' ? ['number', 'date'] : [declared];
  for (const type of candidates) {
    const parsed = filled.filter((value) => PARSERS[type](value) !== undefined).length;
    if (parsed === filled.length) return { type, mixed: false };
    if (parsed > 0 || declared !== 'auto') return { type: 'text', mixed: true };
  }
  return { type: 'text', mixed: false };
}

/**
 * The order of rows sorted by `values` (one per row): row indices, a stable sort, so rows with
 * equal values keep their order. Empty values go last in both directions.
 */
export function sortedOrder(values: readonly string[], type: SortType, direction: SortDirection, lang: string): number[] {
  const sign = direction === 'ascending' ? 1 : -1;
  let compare: (a: string, b: string) => number;
  if (type === 'text') {
    // 'mn' collation puts Ө after О and Ү after У, as Mongolian readers expect.
    const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
    compare = collator.compare;
  } else {
    const keys = new Map(values.map((value) => [value, PARSERS[type](value) ?? 0]));
    compare = (a, b) => keys.get(a)! - keys.get(b)!;
  }
  return values
    .map((_, index) => index)
    .sort((a, b) => {
      const [x, y] = [values[a], values[b]];
      if (x === '' || y === '') return x === y ? a - b : x === '' ? 1 : -1;
      return sign * compare(x, y) || a - b;
    });
}
