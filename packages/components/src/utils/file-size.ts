import { formatNumber, pluralTerm, type LocalizeController } from '../controllers/localize.js';

/**
 * Decimal units (1 kB = 1,000 bytes), as Android, iOS, macOS and GNOME show file sizes: a
 * citizen picking a photo on a phone sees the same figure here as in the phone's gallery.
 * (Windows Explorer divides by 1,024 but still writes "KB"; the figures differ by 2% to 5% at most.)
 */
const STEP = 1000;

/**
 * A file size in words of the reader's language: "512 bytes", "340 kB", "1.5 MB", "2,3 МБ".
 * One decimal below 10 of a unit, none above, as file managers write it. Not a size (negative,
 * NaN, Infinity) reads as 0 bytes rather than "NaN". The element's strings hold the units
 * (locales/file-size.ts).
 */
export function formatFileSize(bytes: number, localize: LocalizeController): string {
  // Bytes, then the larger units the strings name, in order.
  const units = localize.term('fileSizeUnits').split('|');
  let value = Number.isFinite(bytes) && bytes > 0 ? bytes : 0;
  let unit = 0;
  while (unit < units.length && rounded(value, unit) >= STEP) {
    value /= STEP;
    unit += 1;
  }
  value = rounded(value, unit);
  if (unit === 0) return pluralTerm(localize, 'fileSizeBytes', value);
  return `${formatNumber(localize, value, { maximumFractionDigits: 1 })} ${units[unit - 1]}`;
}

/** The figure as it will be shown, so 999,960 bytes becomes "1 MB", not "1,000 kB". */
function rounded(value: number, unit: number): number {
  const digits = unit > 0 && value < 10 ? 1 : 0;
  return Math.round(value * 10 ** digits) / 10 ** digits;
}
