// Folding for search: Cyrillic Mongolian, Mongolian typed in Latin letters and English meet in
// one Latin spelling, so `pasport` finds `паспорт` and `tsahim` finds `цахим`. Plain ESM with
// no build step, so the browser components and the Node chat server import the same file.
//
// How people type Mongolian in Latin letters, and the rule for each:
// - х is kh, h or x; ж is j or zh; ц is ts or c; в is v or w: each becomes h, j, c, v.
// - ө is typed o or u, ү is typed u: see foldVariants. (Some type v for ө or ү, but v is в.)
// - е is typed e or ye; й, ы and ь are typed i or y; y otherwise stands for й/и (ya, yu, yo
//   for я, ю, ё): y becomes i, so `ya` and `я` both read `ia`.
// - Long vowels (аа, үү, ий) are often typed short, and doubled consonants single: one letter.
// - Latin diacritics (Ölgii, Sükhbaatar) are dropped; Ukrainian ї and є, which Russian
//   keyboards offer for ү and ө, read as them.

const CYRILLIC = 'абвгдеёжзийклмноөпрстуүфхцчшщъыьэюяїє';
// ъ has no sound (`_`); ь softens the consonant and is written i (морь, mori).
const LATIN = 'a b v g d e yo j z i i k l m n o o p r s t u u f h c ch sh sh _ i i e yu ya u o'.split(' ');
const TO_LATIN = {};
for (let i = 0; i < CYRILLIC.length; i++) TO_LATIN[CYRILLIC[i]] = LATIN[i] === '_' ? '' : LATIN[i];

// Latin spellings of one Mongolian letter, each made one. Tried in this order at each place.
const SPELLINGS = { kh: 'h', zh: 'j', ts: 'c', ye: 'e', x: 'h', w: 'v', y: 'i' };

/** ө, and the Ukrainian є typed for it. */
const O_UMLAUT = /[өє]/;

/**
 * The search skeleton of a text: lower case, Latin, one spelling per sound (`паспорт`,
 * `pasport`, `Passport` all read `pasport`). ө reads o here; see `foldVariants` for u.
 */
export function fold(text) {
  let folded = String(text ?? '')
    .toLowerCase()
    .replace(/[а-яёөүїє]/g, (letter) => TO_LATIN[letter]);
  // Only Latin letters with marks are decomposed: Cyrillic is already spelled out above.
  if (/[\u0300-\u036f\u00c0-\u024f]/.test(folded)) folded = folded.normalize('NFD').replace(/\p{M}/gu, '');
  // Doubled letters are one (long vowels typed short); doubled digits are another number (11, 1).
  return folded.replace(/kh|zh|ts|ye|[xwy]/g, (spelling) => SPELLINGS[spelling]).replace(/(\p{L})\1+/gu, '$1');
}

/**
 * Every skeleton a word may be typed as: ө is typed o or u, so a word with ө has two
 * (`төрийн`: `torin` and `turin`); other words have one. Index these; fold the query.
 */
export function foldVariants(word) {
  const text = String(word ?? '').toLowerCase();
  const main = fold(text);
  if (!O_UMLAUT.test(text)) return [main];
  const asU = fold(text.replace(/[өє]/g, 'у'));
  return asU === main ? [main] : [main, asU];
}
