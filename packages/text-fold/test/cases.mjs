// The shared table of how Mongolians write a word: a Cyrillic word and the ways people type it.
// Every typed form must fold to one of the word's skeletons (fold.test.mjs), and the catalogue
// and the chat bot must find the same services for each (agreement.test.mjs).
export const SAME_WORD = [
  // Plain transliteration, and English that is spelled the same.
  { word: 'паспорт', typed: ['pasport', 'passport', 'Passport', 'ПАСПОРТ'] },
  // ө typed o or u, every ө the same way; long vowels short.
  { word: 'төрийн', typed: ['toriin', 'turiin', 'torin'] },
  { word: 'хөрөнгө', typed: ['horongo', 'hurungu', 'xorongo', 'khorongo'] },
  { word: 'Өлгий', typed: ['Ölgii', 'olgii', 'ulgii', 'Ulgiy'] },
  { word: 'Ерөнхий', typed: ['yerunhii', 'erunhii', 'yeronkhii', 'eronhiy'] },
  // ү typed u, with or without dots.
  { word: 'үнэмлэх', typed: ['unemleh', 'unemlekh', 'unemlex', 'ünemlekh', 'їнэмлэх'] },
  { word: 'үйлчилгээ', typed: ['uilchilgee', 'üilchilgee', 'uilchilge', 'Üilchilgee'] },
  { word: 'Сүхбаатар', typed: ['Sükhbaatar', 'Suhbaatar', 'sukhbatar'] },
  // х as h, kh or x.
  { word: 'хурал', typed: ['hural', 'khural', 'xural'] },
  // ц as ts or c; ч is ch.
  { word: 'цахим', typed: ['tsahim', 'cahim', 'tsakhim', 'caxim'] },
  { word: 'цэцэрлэг', typed: ['tsetserleg', 'cecerleg', 'tseceerleg'] },
  { word: 'чөлөө', typed: ['chuluu', 'choloo', 'chulu'] },
  // ж as j or zh.
  { word: 'жолооч', typed: ['jolooch', 'zholooch', 'joloch'] },
  { word: 'жаргал', typed: ['jargal', 'zhargal'] },
  // в as v or w.
  { word: 'гэрчилгээ', typed: ['gerchilgee', 'gerchilge'] },
  { word: 'тэтгэвэр', typed: ['tetgever', 'tetgewer'] },
  // я, ю, ё as ya, yu, yo; е as e or ye; й as i; ь as i.
  { word: 'ял', typed: ['yal', 'Yal'] },
  { word: 'юм', typed: ['yum'] },
  { word: 'ёс', typed: ['yos'] },
  { word: 'морь', typed: ['mori'] },
  { word: 'аймаг', typed: ['aimag', 'aymag'] },
  // Long vowels typed short.
  { word: 'Улаанбаатар', typed: ['Ulaanbaatar', 'ulanbatar', 'ULAANBAATAR'] },
];

/** Different words that must stay apart: folding joins spellings, not sounds that differ. */
export const DIFFERENT_WORDS = [
  ['ус', 'ос'], // о and у are different vowels (ө is typed either way, they are not)
  ['цай', 'чай'], // ц and ч
  ['зам', 'жам'], // з and ж
  ['хаяг', 'гаяг'],
  ['11-р баг', '1-р баг'], // numbers are not letters: a doubled digit is another bag or khoroo
  ['2009', '209'],
];
