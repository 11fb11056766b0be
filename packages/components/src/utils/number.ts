import { warnOnce } from './warn.js';

/**
 * A whole number from `min` (an attribute's or a script's, as a number or as text), else
 * `fallback`: silently when unset, with one warning naming the attribute otherwise. A limit
 * falls back to `Infinity`: no limit.
 */
export function wholeNumber(host: Element, attribute: string, value: unknown, min: number, fallback: number): number {
  if (value == null) return fallback;
  const number = Number(value);
  if (Number.isInteger(number) && number >= min) return number;
  // The attribute as written ("abc" is NaN to the property), unless a script set something else.
  const written = host.getAttribute(attribute);
  const shown = written != null && typeof value == 'number' && Object.is(Number(written), number) ? written : String(value);
  const instead = fallback == Infinity ? 'no limit is set' : `using ${fallback}`;
  warnOnce(`<${host.localName}> ${attribute}="${shown}" is not a whole number from ${min}; ${instead}.`);
  return fallback;
}

/**
 * A number as people in Mongolia write it, or `undefined` when the text is not one:
 * "1500", "1 500", "1,500", "1,234.5", "12,5", "1 234,5", "1.234,5", "−3".
 *
 * Digits are grouped in threes by spaces, or by the separator that is not the decimal one. The
 * decimal separator is the last point or comma when both appear; a lone point; or a lone comma
 * that is not followed by exactly three digits. So "12,5" is 12.5 (as in Russian-style writing)
 * while "1,500" is fifteen hundred, as the page's own numbers are written (`Intl`, mn and en).
 */
export function readNumber(written: string): number | undefined {
  const signed = written.trim().replace(/^([-+−–])\s*/, (sign) => (sign[0] === '+' ? '+' : '-'));
  // Spaces group digits only before the first comma or point: "1,500 000" is refused, not 1.5.
  const cut = signed.search(/[.,]|$/);
  const text = signed.slice(0, cut).replace(/(\d)[\s\u00a0\u202f](?=\d{3}(?!\d))/g, '$1') + signed.slice(cut);
  const comma = text.lastIndexOf(',');
  const point = text.lastIndexOf('.');
  let decimal = comma > point ? ',' : '.';
  // A comma alone, or commas alone, followed by three digits each: a group separator ("0,500" is a half).
  if (point < 0 && comma >= 0 && /^[-+]?[1-9]\d{0,2}(,\d{3})+$/.test(text)) decimal = '.';
  const group = decimal === ',' ? '.' : ',';
  const whole = text.split(decimal)[0];
  // Group separators stand only between groups of three digits, before the decimal separator.
  if (whole.includes(group) && !new RegExp(`^[-+]?[1-9]\\d{0,2}(\\${group}\\d{3})+$`).test(whole)) return undefined;
  const plain = text.split(group).join('').replace(decimal, '.');
  return /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(plain) ? Number(plain) : undefined;
}
