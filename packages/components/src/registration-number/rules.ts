import { isoDate, today } from '../utils/date.js';

/** The Mongolian Cyrillic alphabet: the Russian letters and Ө, Ү. */
export const CYRILLIC_LETTERS = 'АБВГДЕЁЖЗИЙКЛМНОӨПРСТУҮФХЦЧШЩЪЫЬЭЮЯ';

/**
 * Latin letters typed for Mongolian Cyrillic ones, one for one. Phonetic, after the national
 * romanization MNS 5217:2012 (used in passports) and everyday Latin typing of Mongolian:
 * `q` and `ö` for Ө, `w` and `ü` for Ү (as in SMS Mongolian), `c` for Ц, `x` and `h` for Х,
 * `y` for Ы, `e` for Э.
 */
export const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  A: 'А',
  B: 'Б',
  C: 'Ц',
  D: 'Д',
  E: 'Э',
  F: 'Ф',
  G: 'Г',
  H: 'Х',
  I: 'И',
  J: 'Ж',
  K: 'К',
  L: 'Л',
  M: 'М',
  N: 'Н',
  O: 'О',
  P: 'П',
  Q: 'Ө',
  R: 'Р',
  S: 'С',
  T: 'Т',
  U: 'У',
  V: 'В',
  W: 'Ү',
  X: 'Х',
  Y: 'Ы',
  Z: 'З',
  Ö: 'Ө',
  Ü: 'Ү',
};

/**
 * Two Latin letters that make one Cyrillic letter (MNS 5217): `sh` Ш, `ch` Ч, `kh` Х, `ya` Я,
 * `yo` Ё, `yu` Ю, `ye` Е. Keyed by the Cyrillic letter the first one became and the second Latin
 * letter, so the pair is found as the user types it, one key at a time. To write С then Х, type
 * `sx`; `ts` stays Т, С (Ц is `c`).
 */
export const DIGRAPHS: Readonly<Record<string, string>> = {
  СH: 'Ш',
  ЦH: 'Ч',
  КH: 'Х',
  ЫA: 'Я',
  ЫO: 'Ё',
  ЫU: 'Ю',
  ЫE: 'Е',
};

/**
 * Upper-cases the text, turns Latin letters into Cyrillic (see `LATIN_TO_CYRILLIC`, `DIGRAPHS`)
 * and drops spaces and dashes. Idempotent: converting twice changes nothing more.
 */
export function toRegistrationNumber(text: string): string {
  let out = '';
  for (const char of text.toUpperCase().replace(/[\s-]/g, '')) {
    const cyrillic = LATIN_TO_CYRILLIC[char];
    const pair = cyrillic && DIGRAPHS[out.slice(-1) + char];
    out = pair ? out.slice(0, -1) + pair : out + (cyrillic ?? char);
  }
  return out;
}

/**
 * The date of birth in a registration number, `YYYY-MM-DD`: digits 1-2 the year, 3-4 the month
 * (plus 20 for people born from 2000), 5-6 the day. `undefined` when it is no real date or
 * lies in the future.
 */
export function birthDateOf(number: string, now = new Date()): string | undefined {
  const digits = number.slice(2, 8);
  if (!/^\d{6}$/.test(digits)) return undefined;
  const month = +digits.slice(2, 4);
  const century = month > 20 ? 2000 : 1900;
  const date = isoDate(String(century + +digits.slice(0, 2)), String(month > 20 ? month - 20 : month), digits.slice(4));
  return date && date <= today(now) ? date : undefined;
}

export type RegistrationProblem = 'format' | 'letters' | 'birthDate';

/** What is wrong with a registration number, or `undefined` when it is valid. */
export function checkRegistrationNumber(number: string, now = new Date()): RegistrationProblem | undefined {
  if (!/^\p{L}{2}\d{8}$/u.test(number)) return 'format';
  if (![...number.slice(0, 2)].every((letter) => CYRILLIC_LETTERS.includes(letter))) return 'letters';
  return birthDateOf(number, now) ? undefined : 'birthDate';
}
