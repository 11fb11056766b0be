/**
 * Every country and territory, named in the page language by the browser's own data
 * (`Intl.DisplayNames`), for the country picker story: nothing to translate or keep up to date.
 */
import type { PlaceOption } from './places.js';

/** Two-letter codes that name no country: groupings, reserved and private-use codes. */
const NOT_COUNTRIES = new Set(['AA', 'EU', 'EZ', 'QO', 'UN', 'XA', 'XB', 'ZZ', 'AC', 'CP', 'DG', 'EA', 'IC', 'TA', 'CQ', 'QM', 'QN', 'XK']);

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A code replaced by another (ZR by CD, BU by MM): the browser names both, and the list showed the country twice. */
function isOldCode(code: string): boolean {
  try {
    return Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`;
  } catch {
    return true;
  }
}

/** Countries as combobox options, value the ISO 3166 code, sorted by name in `lang`. */
export function countryOptions(lang: string): PlaceOption[] {
  const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
  const options: PlaceOption[] = [];
  for (const first of LETTERS) {
    for (const second of LETTERS) {
      const code = first + second;
      const label = NOT_COUNTRIES.has(code) || /^(Q[M-Z]|X[A-Z])$/.test(code) || isOldCode(code) ? undefined : names.of(code);
      if (label && label !== code) options.push({ value: code, label });
    }
  }
  return options.sort((a, b) => a.label.localeCompare(b.label, lang));
}
