// Folding for search: Cyrillic Mongolian and Mongolian typed in Latin letters meet in one
// Latin skeleton, so "pasport" finds "паспорт" and "turiin" finds "төрийн" (people type
// o or u for ө and ү, and kh, h or x for х).
const CYRILLIC = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'j', з: 'z', и: 'i', й: 'i', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ү: 'u', ф: 'f',
  х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'i', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

// Latin spellings that stand for one Mongolian letter, rewritten to the skeleton's spelling.
const LATIN = [
  [/kh/g, 'h'],
  [/x/g, 'h'],
  [/w/g, 'v'],
  [/q/g, 'o'],
  [/c(?!h)/g, 'ts'],
  [/ii|iy|y(?=[^aeouy]|$)/g, 'i'],
  [/ye/g, 'e'],
];

/** The search skeleton of a word or phrase: lower case, Latin, one spelling per sound. */
export function fold(text) {
  let out = '';
  for (const char of String(text).toLowerCase().normalize('NFC')) out += CYRILLIC[char] ?? char;
  for (const [pattern, replacement] of LATIN) out = out.replace(pattern, replacement);
  // o and u each stand for two Mongolian vowels (о/ө, у/ү) and people type either: one class.
  // Doubled vowels (ээ, үү, ий) are often typed single: keep one.
  return out.replace(/u/g, 'o').replace(/([aeio])\1+/g, '$1');
}

/** Words of at least two letters, folded. */
export const words = (text) => fold(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 2);

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function distance(a, b, max = 2) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}
