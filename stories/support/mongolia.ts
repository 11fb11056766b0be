/**
 * Mongolia's first-level divisions for the examples: the capital Ulaanbaatar and the 21 aimags,
 * with the districts (дүүрэг) of Ulaanbaatar and the soums (сум) of several aimags. Names are in
 * Mongolian Cyrillic; English names are their romanization (MNS 5217:2012, as in passports).
 *
 * Example data, not a register: a real service takes the list from the state registry.
 */

export interface Division {
  /** A stable code for the form value (the romanized name, lower case). */
  code: string;
  /** Mongolian name. */
  mn: string;
  /** Districts or soums, where the example lists them. */
  parts?: string[];
}

const ULAANBAATAR_DISTRICTS = ['Багануур', 'Багахангай', 'Баянгол', 'Баянзүрх', 'Налайх', 'Сонгинохайрхан', 'Сүхбаатар', 'Хан-Уул', 'Чингэлтэй'];

const SOUMS: Record<string, string[]> = {
  Архангай: [
    'Батцэнгэл', 'Булган', 'Жаргалант', 'Ихтамир', 'Өгийнуур', 'Өлзийт', 'Өндөр-Улаан', 'Тариат', 'Төвшрүүлэх', 'Хайрхан',
    'Хангай', 'Хашаат', 'Хотонт', 'Цахир', 'Цэнхэр', 'Цэцэрлэг', 'Чулуут', 'Эрдэнэбулган', 'Эрдэнэмандал',
  ],
  'Говьсүмбэр': ['Баянтал', 'Сүмбэр', 'Шивээговь'],
  'Дархан-Уул': ['Дархан', 'Орхон', 'Хонгор', 'Шарын гол'],
  Дорноговь: [
    'Айраг', 'Алтанширээ', 'Даланжаргалан', 'Дэлгэрэх', 'Замын-Үүд', 'Иххэт', 'Мандах', 'Өргөн', 'Сайншанд', 'Сайхандулаан',
    'Улаанбадрах', 'Хатанбулаг', 'Хөвсгөл', 'Эрдэнэ',
  ],
  Дундговь: [
    'Адаацаг', 'Баянжаргалан', 'Говь-Угтаал', 'Гурвансайхан', 'Дэлгэрхангай', 'Дэлгэрцогт', 'Дэрэн', 'Луус', 'Өлзийт', 'Өндөршил',
    'Сайнцагаан', 'Сайхан-Овоо', 'Хулд', 'Цагаандэлгэр', 'Эрдэнэдалай',
  ],
  Орхон: ['Баян-Өндөр', 'Жаргалант'],
  Сэлэнгэ: [
    'Алтанбулаг', 'Баруунбүрэн', 'Баянгол', 'Ерөө', 'Жавхлант', 'Зүүнбүрэн', 'Мандал', 'Орхон', 'Орхонтуул', 'Сайхан', 'Сант',
    'Сүхбаатар', 'Түшиг', 'Хүдэр', 'Хушаат', 'Цагааннуур', 'Шаамар',
  ],
  Төв: [
    'Алтанбулаг', 'Аргалант', 'Архуст', 'Батсүмбэр', 'Баян', 'Баян-Өнжүүл', 'Баяндэлгэр', 'Баянжаргалан', 'Баянхангай', 'Баянцагаан',
    'Баянцогт', 'Баянчандмань', 'Борнуур', 'Бүрэн', 'Дэлгэрхаан', 'Жаргалант', 'Заамар', 'Зуунмод', 'Лүн', 'Мөнгөнморьт',
    'Өндөрширээт', 'Сүмбэр', 'Сэргэлэн', 'Угтаалцайдам', 'Цээл', 'Эрдэнэ', 'Эрдэнэсант',
  ],
};

const AIMAGS = [
  'Архангай', 'Баян-Өлгий', 'Баянхонгор', 'Булган', 'Говь-Алтай', 'Говьсүмбэр', 'Дархан-Уул', 'Дорноговь', 'Дорнод', 'Дундговь',
  'Завхан', 'Орхон', 'Өвөрхангай', 'Өмнөговь', 'Сүхбаатар', 'Сэлэнгэ', 'Төв', 'Увс', 'Ховд', 'Хөвсгөл', 'Хэнтий',
];

/** Cyrillic to Latin after MNS 5217:2012 (Ь and Ъ as i, as in passports). */
const LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'ye', ё: 'yo', ж: 'j', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', ө: 'ö', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ү: 'ü', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: 'i', ы: 'y', ь: 'i', э: 'e', ю: 'yu', я: 'ya',
};

/** A Mongolian name in Latin letters: `Хөвсгөл` → `Khövsgöl`. */
export function romanize(name: string): string {
  return [...name]
    .map((char) => {
      const latin = LATIN[char.toLowerCase()];
      if (latin === undefined) return char;
      return char === char.toLowerCase() ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
    })
    .join('');
}

export const code = (name: string) =>
  romanize(name)
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, '-');

/** Ulaanbaatar first, then the 21 aimags in alphabetical order. */
export const DIVISIONS: Division[] = [
  { code: 'ulaanbaatar', mn: 'Улаанбаатар', parts: ULAANBAATAR_DISTRICTS },
  ...AIMAGS.map((mn) => ({ code: code(mn), mn, parts: SOUMS[mn] })),
];

/** The division's name in the page language. */
export const divisionName = (division: Pick<Division, 'mn'>, lang: string) => (lang === 'en' ? romanize(division.mn) : division.mn);

/** Options for a `ger-select` of divisions. */
export const divisionOptions = (lang: string) => DIVISIONS.map((division) => ({ value: division.code, label: divisionName(division, lang) }));

/** Options for the districts or soums of a division, or none where the example does not list them. */
export function partOptions(divisionCode: string, lang: string) {
  const division = DIVISIONS.find((d) => d.code === divisionCode);
  return (division?.parts ?? []).map((part) => ({ value: code(part), label: lang === 'en' ? romanize(part) : part }));
}
