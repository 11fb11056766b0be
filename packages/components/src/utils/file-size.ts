import { formatNumber, type Language } from '../controllers/localize.js';

/**
 * Decimal units (1 kB = 1,000 bytes), as Android, iOS, macOS and GNOME show file sizes, and as
 * `Intl` names them: a citizen picking a photo on a phone sees the same figure here as in the
 * phone's gallery. (Windows Explorer divides by 1,024 but still writes "KB"; the figures differ
 * by 2% to 5% at most.)
 */
const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
const STEP = 1000;

/**
 * A file size in words of the reader's language: "512 bytes", "340 kB", "1.5 MB", "2,3 МБ".
 * One decimal below 10 of a unit, none above, as file managers write it. Not a size (negative,
 * NaN, Infinity) reads as 0 bytes rather than "NaN".
 */
export function formatFileSize(bytes: number, language: Language): string {
  let value = Number.isFinite(bytes) && bytes > 0 ? bytes : 0;
  let unit = 0;
  while (unit < UNITS.length - 1 && rounded(value, unit) >= STEP) {
    value /= STEP;
    unit += 1;
  }
  return formatNumber(language, rounded(value, unit), {
    style: 'unit',
    unit: UNITS[unit],
    // "bytes"/"байт" in full: the short English form is "512 byte".
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: 1,
  });
}

/** The figure as it will be shown, so 999,960 bytes becomes "1 MB", not "1,000 kB". */
function rounded(value: number, unit: number): number {
  const digits = unit > 0 && value < 10 ? 1 : 0;
  return Math.round(value * 10 ** digits) / 10 ** digits;
}
