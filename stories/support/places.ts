/**
 * Every bag (баг, the smallest rural division) and khoroo (хороо, its counterpart in the
 * capital) of Mongolia, for the address stories and the combobox benchmark: 5,000 of them
 * under the 22 first-level divisions and their soums and districts.
 *
 * Generated, not a register: soums listed in mongolia.ts keep their real names, the other
 * aimags get soum names made the way Mongolian place names are (Баян + булаг, Улаан + уул), and
 * each soum has numbered bags in its centre and named bags around it. The same every time.
 */
import { code, DIVISIONS, type Division, romanize } from './mongolia.js';

export interface PlaceOption {
  value: string;
  label: string;
}

/** How many bags and khoroos the data set has: the benchmark's 5,000 options. */
export const BAG_COUNT = 5000;

const FIRST = [
  'Баян',
  'Улаан',
  'Хар',
  'Цагаан',
  'Шар',
  'Хөх',
  'Их',
  'Алтан',
  'Мөнх',
  'Эрдэнэ',
  'Дэлгэр',
  'Өлзий',
  'Сайн',
  'Хан',
  'Бор',
  'Номин',
  'Ногоон',
  'Тэгш',
  'Мандал',
  'Жаргалант',
];
const SECOND = [
  'булаг',
  'гол',
  'нуур',
  'овоо',
  'ус',
  'толгой',
  'хайрхан',
  'тал',
  'уул',
  'дэл',
  'хошуу',
  'бүрд',
  'өндөр',
  'хад',
  'цогт',
  'мөрөн',
  'хангай',
  'говь',
  'элс',
  'модон',
];

/** A place name from two parts, as most are: `Баянбулаг`; a hyphen before a vowel, `Баян-Өндөр`. */
function placeName(n: number): string {
  const first = FIRST[n % FIRST.length];
  const second = SECOND[Math.floor(n / FIRST.length) % SECOND.length];
  return /^[аоуөүэиея]/.test(second) ? `${first}-${second[0].toUpperCase()}${second.slice(1)}` : `${first}${second}`;
}

/** The soums (or the capital's districts) of a division: the listed ones, else 15 to 24 made ones. */
function soumNames(division: Division, d: number): string[] {
  if (division.parts) return division.parts;
  const count = 15 + ((d * 7) % 10);
  return Array.from({ length: count }, (_, i) => placeName(d * 31 + i * 17));
}

interface Soum {
  division: Division;
  name: string;
  code: string;
}

const SOUMS: Soum[] = DIVISIONS.flatMap((division, d) => soumNames(division, d).map((name) => ({ division, name, code: code(name) })));

/** Bags per soum: BAG_COUNT shared out, a few more in the soums listed first. */
function bagCount(index: number): number {
  const base = Math.floor(BAG_COUNT / SOUMS.length);
  return base + (index < BAG_COUNT - base * SOUMS.length ? 1 : 0);
}

/** The bags of one soum (their values are `bag-1`, `bag-2`…): numbered in the centre (the capital's are all numbered khoroos), named around it. */
function bagNames(soum: Soum, index: number): string[] {
  const count = bagCount(index);
  if (soum.division.code === 'ulaanbaatar') return Array.from({ length: count }, (_, i) => `${i + 1}-р хороо`);
  const numbered = 2 + (index % 4);
  return Array.from({ length: count }, (_, i) => (i < numbered ? `${i + 1}-р баг` : `${placeName(index * 13 + i * 7)} баг`));
}

const name = (mn: string, lang: string) => (lang === 'en' ? romanize(mn) : mn);

/** The soums or districts of a division, as combobox options. */
export function soumOptions(divisionCode: string, lang: string): PlaceOption[] {
  return SOUMS.filter((soum) => soum.division.code === divisionCode).map((soum) => ({ value: soum.code, label: name(soum.name, lang) }));
}

/** The bags or khoroos of a soum, as combobox options. */
export function bagOptions(divisionCode: string, soumCode: string, lang: string): PlaceOption[] {
  const index = SOUMS.findIndex((soum) => soum.division.code === divisionCode && soum.code === soumCode);
  return index < 0 ? [] : bagNames(SOUMS[index], index).map((bag, i) => ({ value: `bag-${i + 1}`, label: name(bag, lang) }));
}

/** All 5,000 bags and khoroos, each named with its soum and aimag: `2-р баг, Тариат, Архангай`. */
export function allBagOptions(lang: string): PlaceOption[] {
  return SOUMS.flatMap((soum, index) =>
    bagNames(soum, index).map((bag, i) => ({
      value: `${soum.division.code}/${soum.code}/bag-${i + 1}`,
      label: `${name(bag, lang)}, ${name(soum.name, lang)}, ${name(soum.division.mn, lang)}`,
    })),
  );
}
