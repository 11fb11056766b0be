#!/usr/bin/env node
// The review file of the traditional-script strings (packages/components/src/locales/mn-Mong-review.md):
// the glossary, then every string beside its Cyrillic source and the English one, per component, with a
// column for the native reader who reviews them. `node scripts/mong-review.mjs` writes it; the test
// (test/mong-review.test.mjs) fails when it is stale or when a string breaks one of the checks below.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const localesDir = join(root, 'packages', 'components', 'src', 'locales');
export const reviewFile = join(localesDir, 'mn-Mong-review.md');

/** Files of the locales folder that hold no component's strings. */
const NOT_COMPONENTS = new Set(['translation.ts', 'strings.ts', 'registry.ts', 'mn.ts', 'en.ts', 'mn-Mong.ts']);

/**
 * Keys whose value may hold no Mongolian-script letter, each with the reason. Keep it short: every
 * other string must be written in the script.
 */
export const EXEMPT_FROM_SCRIPT = {
  calendarDay: 'only the {date} and {weekday} placeholders and a comma; the words come from other strings',
};

/** Keys whose value keeps Cyrillic words of its source as they are typed, each with the reason. */
export const KEEPS_CYRILLIC = {
  registrationFormat: 'the example register number УБ99112233 is typed in Cyrillic',
  registrationBirthDate: 'ООССӨӨ names the digits of the Cyrillic register number',
  catalogSearchHint: 'паспорт is an example of what the reader may type',
};

/**
 * One word for one concept. `cyrillic` is a pattern over the Cyrillic source (`word` shows it to the
 * reader when it is more than the word); wherever it matches, the traditional-script value must contain `mong`. A native reader checks these first: a change here is
 * a change everywhere.
 */
export const GLOSSARY = [
  { en: 'service', cyrillic: 'үйлчилгээ', mong: 'ᠦᠢᠯᠡᠴᠢᠯᠭᠡ' },
  { en: 'request, application', cyrillic: 'өргөдөл', mong: 'ᠥᠷᠭᠦᠳᠡᠯ' },
  { en: 'complaint', word: 'гомдол', cyrillic: 'гомд[оа]?л', mong: 'ᠭᠣᠮᠳᠠᠯ' },
  { en: 'form', cyrillic: 'маягт', mong: 'ᠮᠠᠶᠠᠭᠲᠤ' },
  { en: 'agency, organisation', cyrillic: 'байгууллага', mong: 'ᠪᠠᠶᠢᠭᠤᠯᠯᠠᠭ᠎ᠠ' },
  { en: 'date', cyrillic: 'огноо', mong: 'ᠣᠭᠨᠤᠭ᠎ᠠ' },
  { en: 'year', word: 'он', cyrillic: '(?<!\\p{L})оны?(?!\\p{L})', mong: 'ᠣᠨ' },
  { en: 'month', word: 'сар', cyrillic: '(?<!\\p{L})сар(?!\\p{L})', mong: 'ᠰᠠᠷ᠎ᠠ' },
  { en: 'day', word: 'өдөр', cyrillic: '(?<!\\p{L})өдө?р', mong: 'ᠡᠳᠦᠷ' },
  { en: 'today', cyrillic: 'өнөөдөр', mong: 'ᠥᠨᠥᠳᠦᠷ' },
  { en: 'year (of a calendar)', word: 'жил', cyrillic: '(?<!\\p{L})жил(?!\\p{L})', mong: 'ᠵᠢᠯ' },
  { en: 'yes', word: 'тийм', cyrillic: '^тийм$', mong: 'ᠲᠡᠶᠢᠮᠦ' },
  { en: 'no, not (negation)', word: 'үгүй, -гүй', cyrillic: '(?<!\\p{L})үгүй|[^н]гүй(?!\\p{L})', mong: 'ᠦᠭᠡᠢ' },
  { en: 'not (is not)', word: 'биш', cyrillic: '(?<!\\p{L})биш(?!\\p{L})', mong: 'ᠪᠤᠰᠤ' },
  { en: 'required, must', word: 'заавал', cyrillic: '(?<!\\p{L})заавал(?!\\p{L})', mong: 'ᠵᠠᠭᠠᠪᠠᠯ' },
  { en: 'must be', cyrillic: 'байх ёстой', mong: 'ᠪᠠᠶᠢᠬᠤ ᠶᠣᠰᠤᠲᠠᠢ' },
  { en: 'close', word: 'хаах', cyrillic: '(?<!\\p{L})хаах', mong: 'ᠬᠠᠭᠠᠬᠤ' },
  { en: 'next', cyrillic: 'дараах', mong: 'ᠳᠠᠷᠠᠭᠠᠬᠢ' },
  { en: 'previous', cyrillic: 'өмнөх', mong: 'ᠡᠮᠦᠨᠡᠬᠢ' },
  { en: 'back', cyrillic: 'буцах', mong: 'ᠪᠤᠴᠠᠬᠤ' },
  { en: 'error', cyrillic: 'алдаа', mong: 'ᠠᠯᠳᠠᠭ᠎ᠠ' },
  { en: 'warning', cyrillic: 'анхааруулга', mong: 'ᠠᠩᠬᠠᠷᠤᠭᠤᠯᠭ᠎ᠠ' },
  { en: 'send', word: 'илгээх', cyrillic: '(?<!\\p{L})илгээ', mong: 'ᠢᠯᠡᠭᠡ' },
  { en: 'choose, option', word: 'сонгох, сонголт', cyrillic: 'сонго', mong: 'ᠰᠣᠩᠭᠤ' },
  { en: 'enter (type in)', word: 'оруулна уу', cyrillic: 'оруулна', mong: 'ᠣᠷᠤᠭᠤᠯᠤᠨ᠎ᠠ' },
  { en: 'fill in', word: 'бөглөх', cyrillic: 'бөглө', mong: 'ᠪᠥᠭᠯᠡ' },
  { en: 'file', cyrillic: 'файл', mong: 'ᠹᠠᠢᠯ' },
  { en: 'message', cyrillic: 'мессеж', mong: 'ᠵᠠᠬᠢᠶ' },
  { en: 'chat', cyrillic: 'чат', mong: 'ᠴᠠᠲ' },
  { en: 'help', cyrillic: 'тусламж', mong: 'ᠲᠤᠰᠠᠯᠠᠮᠵᠢ' },
  { en: 'agent (staff member)', cyrillic: 'ажилтан', mong: 'ᠠᠵᠢᠯᠲᠠᠨ' },
  { en: 'search', word: 'хайх', cyrillic: '(?<!\\p{L})хай[хлжс]', mong: 'ᠬᠠᠶᠢ' },
  { en: 'number', cyrillic: 'дугаар', mong: 'ᠳᠤᠭᠠᠷ' },
  { en: 'reference (number)', cyrillic: 'лавлах', mong: 'ᠯᠠᠪᠯᠠᠬᠤ' },
  { en: 'settings', cyrillic: 'тохиргоо', mong: 'ᠲᠣᠬᠢᠷᠭ᠎ᠠ' },
  { en: 'device', cyrillic: 'төхөөрөмж', mong: 'ᠲᠥᠬᠥᠭᠡᠷᠥᠮᠵᠢ' },
  { en: 'category', word: 'ангилал', cyrillic: 'ангил', mong: 'ᠠᠩᠭᠢᠯᠠᠯ' },
  { en: 'page', word: 'хуудас', cyrillic: 'хууда?с', mong: 'ᠬᠠᠭᠤᠳᠠᠰ' },
  { en: 'section', word: 'хэсэг', cyrillic: 'хэс[эг]', mong: 'ᠬᠡᠰᠡᠭ' },
  { en: 'show', cyrillic: 'харуулах', mong: 'ᠬᠠᠷᠠᠭᠤᠯᠬᠤ' },
  { en: 'hide', word: 'нуух', cyrillic: '(?<!\\p{L})нуух', mong: 'ᠨᠢᠭᠤᠬᠤ' },
  { en: 'remove, delete', word: 'устгах', cyrillic: 'устга', mong: 'ᠤᠰᠠᠳᠬᠠ' },
  { en: 'password', cyrillic: 'нууц үг', mong: 'ᠨᠢᠭᠤᠴᠠ ᠦᠭᠡ' },
  { en: 'character', cyrillic: 'тэмдэгт', mong: 'ᠲᠡᠮᠳᠡᠭᠲᠦ' },
  { en: 'notice', word: 'мэдэгдэл', cyrillic: 'мэдэгд[эл]', mong: 'ᠮᠡᠳᠡᠭᠳᠡᠯ' },
  { en: 'information', word: 'мэдээлэл', cyrillic: 'мэдээл[эл]', mong: 'ᠮᠡᠳᠡᠭᠡᠯᠡᠯ' },
  { en: 'decision, decide', word: 'шийдвэр', cyrillic: 'шийдв', mong: 'ᠰᠢᠭᠢᠳᠪᠦᠷᠢ' },
  { en: 'time limit', cyrillic: 'хугацаа', mong: 'ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ' },
  { en: 'fee', cyrillic: 'төлбөр', mong: 'ᠲᠥᠯᠥᠪᠦᠷᠢ' },
  { en: 'online (electronic)', cyrillic: 'цахим', mong: 'ᠴᠠᠬᠢᠮ' },
  { en: 'draft', cyrillic: 'ноорог', mong: 'ᠨᠣᠭᠣᠷᠤᠭ' },
  { en: 'step', word: 'алхам', cyrillic: 'алх[аМм]', mong: 'ᠠᠯᠬᠤᠮ' },
  { en: 'list', cyrillic: 'жагсаалт', mong: 'ᠵᠠᠭᠰᠠᠭᠠᠯᠲᠠ' },
  { en: 'filter', cyrillic: 'шүүлтүүр', mong: 'ᠰᠢᠭᠦᠯᠲᠡᠭᠦᠷ' },
  { en: 'cookie', cyrillic: 'күүки', mong: 'ᠺᠦᠦᠺᠢ' },
  { en: 'is (statement)', word: 'байна', cyrillic: '(?<!\\p{L})байна', mong: 'ᠪᠠᠶᠢᠨ᠎ᠠ' },
];

/**
 * How the strings are written, for the reader who checks them. Decisions, not rules of the script.
 */
const CONVENTIONS = [
  'Case and possessive suffixes follow their word after a narrow no-break space (U+202F), as in ᠤᠯᠤᠰ ᠤᠨ; the transliteration shows it as `-`.',
  'The vowel separator (U+180E) comes before a final detached -a/-e (ᠰᠠᠷ᠎ᠠ, ᠪᠠᠶᠢᠨ᠎ᠠ); the transliteration shows it as `-` too.',
  'No free variation selectors are used: no string needed one in Noto Sans Mongolian. A reader who sees a wrong letter form says so in the review column.',
  'Punctuation is Mongolian (᠂ ᠃ ᠄); brackets, quotation marks and the question mark are the common ones, which turn with the text.',
  'Numbers stay in Western digits, as the placeholders ({count}, {date}) are formatted: 1111, 08:30–17:30, the 2 letters and 8 digits of a register number. Examples the reader types (УБ99112233, name@example.mn, паспорт) stay as typed.',
  'Names of keys on a keyboard (Enter, Page Up, Caps Lock) stay as printed on the keys.',
  'The short weekday names are the first syllable of each name; there is no settled abbreviation in the script.',
  '"Page {page}" is written ᠬᠠᠭᠤᠳᠠᠰᠤ {page} (page N), since the ordinal suffix would depend on the number.',
];

/** Notes for the reviewer on strings the translator was least sure of. */
const TRANSLATOR_NOTES = {
  textSpacing: 'ᠬᠣᠭᠣᠷᠣᠨᠳᠠᠬᠢ for хоорондын: check the spelling.',
  spacingNormal: 'ᠡᠩ ᠦᠨ for энгийн.',
  menu: 'ᠴᠡᠰ for цэс: check the classical spelling.',
  tableRegion: 'ᠬᠦᠰᠨᠡᠭᠲᠦ for хүснэгт: check the classical spelling.',
  fileRemove: 'ᠤᠰᠠᠳᠬᠠᠬᠤ for устгах.',
  fileTypeImages: 'ᠵᠢᠷᠤᠭ for зураг, as in chatFileType.',
  fileSizeUnits: 'The units in full (килобайт, мегабайт, гигабайт, терабайт), as the script has no кБ: check the loanword spellings.',
  email: 'ᠴᠠᠬᠢᠮ ᠱᠤᠳᠠᠨ for цахим шуудан: ᠱ (š) or ᠰ?',
  chatMessages: 'Message is ᠵᠠᠬᠢᠶ᠎ᠠ (захиа) rather than the loanword мессеж.',
  catalogChat: 'Онлайн kept as the loanword ᠣᠨᠯᠠᠢᠨ.',
  bannerInformation: 'ᠴᠢᠬᠤᠯᠠ for чухал ("Important", the heading of an information banner): check the spelling.',
  registrationBirthDate: 'ООССӨӨ (the Cyrillic order of year, month, day) kept, as the number itself is typed in Cyrillic.',
  tooLong: 'ᠶᠡᠬᠡᠳᠡᠭᠡᠨ for ихдээ ("at most"): check.',
  calendarWeekdaysShort: 'First syllables: check they read as weekdays in a calendar header.',
  chatTooLong: 'ᠬᠡᠲᠦ for хэт ("too"): check the spelling.',
  displaySettings: 'ᠳᠡᠯᠭᠡᠴᠡ for дэлгэц, written without a vowel separator: check.',
  textSize: 'Text is ᠪᠢᠴᠢᠪᠦᠷ (бичвэр) rather than the loanword текст.',
  spacingWcag: 'WCAG kept as the name of the standard.',
  themeContrast: 'Контраст kept as the loanword ᠺᠣᠨᠲᠷᠠᠰᠲ.',
  consentHeading: 'Сайт and күүки kept as the loanwords ᠰᠠᠢᠲ and ᠺᠦᠦᠺᠢ.',
  registrationFormat: 'Регистр written as the loanword ᠷᠧᠭᠢᠰᠲᠢᠷ: check; цифр is translated ᠲᠣᠭ᠎ᠠ (number).',
  lookupFailed: 'The instrumental ᠪᠠᠷ (by) for -ны улмаас (because of): check it reads as the cause.',
  feedbackFailed: 'ᠲᠠᠰᠤᠷᠠᠭᠰᠠᠨ for тасарсан, formed as ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠰᠠᠨ: check.',
  catalogPageHeading:
    "Page {page} of {pages} as ᠬᠠᠭᠤᠳᠠᠰᠤ {page} after the genitive ({pages} pages' page N), without the ordinal suffix; results {from}–{to} after the genitive of ᠦᠷ᠎ᠡ ᠳᠦᠩ, as in the Cyrillic: check it reads as a heading.",
  lookupSlow: 'ᠤᠳᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ for удаж байна ("is taking long"), after the dative ᠰᠠᠯᠭᠠᠬᠤ ᠳᠤ for шалгахад: check.',
  feedbackSlow: 'ᠤᠳᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ for удаж байна ("is taking long"), after the dative ᠢᠯᠡᠭᠡᠬᠦ ᠳᠦ for илгээхэд: check.',
};

/** Every string in the three languages, read from the TypeScript sources (bundled in memory by esbuild). */
export async function loadStrings() {
  const entry = "export { mn } from './mn.ts'; export { en } from './en.ts'; export { mnMongTranslation } from './mn-Mong.ts';";
  const result = await build({
    stdin: { contents: entry, resolveDir: localesDir, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = Buffer.from(result.outputFiles[0].text).toString('base64');
  const { mn, en, mnMongTranslation } = await import(`data:text/javascript;base64,${code}`);
  return { mn, en, mong: mnMongTranslation };
}

/** Which component file declares each key (`locales/<component>.ts`), in the order of the Cyrillic translation. */
export function componentsOf(keys) {
  const files = readdirSync(localesDir).filter((file) => file.endsWith('.ts') && !NOT_COMPONENTS.has(file));
  const sources = files.map((file) => [file.replace(/\.ts$/, ''), readFileSync(join(localesDir, file), 'utf8')]);
  const groups = new Map();
  for (const key of keys) {
    const declared = new RegExp(`^\\s+${key}:`, 'm');
    const component = sources.find(([, text]) => declared.test(text))?.[0] ?? '(no component file)';
    groups.set(component, [...(groups.get(component) ?? []), key]);
  }
  return groups;
}

/** A string's forms: one `['', value]` for a plain string, one per plural category otherwise. */
export const formsOf = (value) => (typeof value === 'string' ? [['', value]] : Object.entries(value));

/** Mongolian letters, punctuation, variation selectors and vowel separator, the narrow no-break space, and printable ASCII. */
const SCRIPT_OR_ASCII = /[\u1800-\u180F\u1820-\u1842\u202F\x20-\x7E]/gu;
const MONGOLIAN_LETTER = /[\u1820-\u1842\u1887-\u18AA]/u;
const placeholders = (text) => [...text.matchAll(/\{[^}]*\}/g)].map((match) => match[0]).sort();
/** Words the translation keeps as written: Latin words (key names, file types, examples) and digits. */
const keptWords = (text) => [...text.replace(/\{[^}]*\}/g, ' ').matchAll(/[A-Za-z][A-Za-z+.@]*[A-Za-z]|[A-Za-z]|\d+/g)].map((match) => match[0]);
const cyrillicWords = (text) => [...text.matchAll(/\p{Script=Cyrillic}+/gu)].map((match) => match[0]);

/**
 * Every problem of the traditional-script translation, as sentences (empty when there is none): a key
 * missing or extra, a value with no Mongolian letter, a placeholder or list item lost, a plural form
 * the Cyrillic has not, Latin or Cyrillic words that are not the source's, a misplaced vowel
 * separator, a glossary word not used.
 */
export function problemsOf({ mn, mong }) {
  const problems = [];
  const keys = Object.keys(mn).filter((key) => !key.startsWith('$'));
  for (const key of Object.keys(mong)) if (!(key in mn)) problems.push(`${key}: not a key of the Cyrillic translation`);
  for (const key of keys) {
    if (!(key in mong)) {
      problems.push(`${key}: missing`);
      continue;
    }
    const source = mn[key];
    const value = mong[key];
    if (typeof source !== typeof value) {
      problems.push(`${key}: a ${typeof source === 'string' ? 'string' : 'set of plural forms'} in Cyrillic, not here`);
      continue;
    }
    const sourceForms = Object.fromEntries(formsOf(source));
    const valueForms = Object.fromEntries(formsOf(value));
    if (Object.keys(sourceForms).sort().join() !== Object.keys(valueForms).sort().join()) {
      problems.push(`${key}: plural forms ${Object.keys(valueForms).join(', ')}; the Cyrillic has ${Object.keys(sourceForms).join(', ')}`);
      continue;
    }
    for (const [form, text] of Object.entries(valueForms)) {
      const name = form ? `${key}.${form}` : key;
      const cyrillic = sourceForms[form];
      if (!MONGOLIAN_LETTER.test(text) && !(key in EXEMPT_FROM_SCRIPT)) problems.push(`${name}: no Mongolian-script letter`);
      if (placeholders(text).join() !== placeholders(cyrillic).join())
        problems.push(`${name}: placeholders ${placeholders(text).join(' ') || 'none'}; the Cyrillic has ${placeholders(cyrillic).join(' ') || 'none'}`);
      if (text.split('|').length !== cyrillic.split('|').length)
        problems.push(`${name}: ${text.split('|').length} list items; the Cyrillic has ${cyrillic.split('|').length}`);
      for (const word of keptWords(cyrillic)) if (!text.includes(word)) problems.push(`${name}: "${word}" of the Cyrillic is not kept as written`);
      for (const word of keptWords(text))
        if (!keptWords(cyrillic).includes(word)) problems.push(`${name}: "${word}" is not in the Cyrillic (a word left untranslated?)`);
      for (const word of cyrillicWords(text))
        if (!(key in KEEPS_CYRILLIC) || !cyrillic.includes(word)) problems.push(`${name}: Cyrillic "${word}" left in (only examples kept as typed may be)`);
      for (const char of new Set(text.replace(SCRIPT_OR_ASCII, '')))
        if (!cyrillic.includes(char))
          problems.push(`${name}: U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')} is neither of the script nor of the source`);
      if (/(^|[^\u1820-\u1842])\u180E|\u180E(?![\u1820\u1821])/u.test(text))
        problems.push(`${name}: the vowel separator U+180E must stand between a letter and a final a or e`);
      if (text.startsWith(' ') !== cyrillic.startsWith(' ') || text.endsWith(' ') !== cyrillic.endsWith(' '))
        problems.push(`${name}: leading or trailing spaces differ from the Cyrillic`);
      for (const term of GLOSSARY) {
        if (new RegExp(term.cyrillic, 'iu').test(cyrillic) && !text.includes(term.mong))
          problems.push(`${name}: the glossary's ${term.mong} (${term.en}) is not used`);
      }
    }
  }
  for (const term of GLOSSARY) {
    const used = keys.some((key) => formsOf(mong[key] ?? '').some(([, text]) => text.includes(term.mong)));
    if (!used) problems.push(`glossary: ${term.mong} (${term.en}) is used by no string`);
  }
  return problems;
}

const LATIN = {
  ᠠ: 'a',
  ᠡ: 'e',
  ᠢ: 'i',
  ᠣ: 'o',
  ᠤ: 'u',
  ᠥ: 'ö',
  ᠦ: 'ü',
  ᠧ: 'ē',
  ᠨ: 'n',
  ᠩ: 'ng',
  ᠪ: 'b',
  ᠫ: 'p',
  ᠮ: 'm',
  ᠯ: 'l',
  ᠰ: 's',
  ᠱ: 'š',
  ᠲ: 't',
  ᠳ: 'd',
  ᠴ: 'č',
  ᠵ: 'ǰ',
  ᠶ: 'y',
  ᠷ: 'r',
  ᠸ: 'w',
  ᠹ: 'f',
  ᠺ: 'k̇',
  ᠻ: 'ḳ',
  ᠼ: 'c',
  ᠽ: 'z',
  ᠾ: 'h',
  ᡀ: 'lh',
  '\u202F': '-',
  '\u180E': '-',
  '᠂': ',',
  '᠃': '.',
  '᠄': ':',
};

/**
 * The value letter by letter in the usual scholarly transliteration, so a reader can see which code
 * points were typed (ᠣ and ᠤ, or ᠥ and ᠦ, look alike in most positions). ᠬ and ᠭ read q and γ in a
 * word with a back vowel (a, o, u), k and g otherwise; variation selectors show as °.
 */
export function transliterate(text) {
  return text.replace(/[\u1800-\u18AF\u202F]+(?:[\u202F\u180E][\u1800-\u18AF]+)*/gu, (word) => {
    const back = /[ᠠᠣᠤ]/u.test(word);
    return [...word]
      .map((char) =>
        char === 'ᠬ' ? (back ? 'q' : 'k') : char === 'ᠭ' ? (back ? 'γ' : 'g') : /[\u180B-\u180D\u180F]/u.test(char) ? '°' : (LATIN[char] ?? char),
      )
      .join('');
  });
}

/** A value as a Markdown table cell. */
const cell = (text) => text.replace(/\|/g, '\\|').replace(/^ | $/g, '␣');

/** The review file's text. */
export function renderReview({ mn, en, mong }) {
  const keys = Object.keys(mn).filter((key) => !key.startsWith('$'));
  const lines = [
    '# Traditional Mongol script (mn-Mong): strings for review',
    '',
    '<!-- Generated by `node scripts/mong-review.mjs` from locales/mn-Mong.ts, mn.ts and en.ts: do not edit by hand. -->',
    '',
    'Every UI string of Ger in the traditional script, beside its Cyrillic source and the English one. **These strings await',
    'review by a native reader.** A reviewer writes their verdict (✓, or the corrected string) in the last column, and the',
    'corrections go into `locales/mn-Mong.ts`; then this file is generated again.',
    '',
    `${keys.length} keys. The transliteration shows the code points typed, letter by letter.`,
    '',
    '## Glossary',
    '',
    'One word for one concept, everywhere. The test checks each: where the Cyrillic has the word, the translation has this one.',
    '',
    '| English | Cyrillic | Traditional script | Transliteration | Reviewer |',
    '| --- | --- | --- | --- | --- |',
    ...GLOSSARY.map((term) => `| ${term.en} | ${cell(term.word ?? term.cyrillic)} | ${term.mong} | ${transliterate(term.mong)} | |`),
    '',
    '## How the strings are written',
    '',
    ...CONVENTIONS.map((line) => `- ${line}`),
    '',
    `Keys that may hold no Mongolian letter: ${Object.entries(EXEMPT_FROM_SCRIPT)
      .map(([key, why]) => `\`${key}\` (${why})`)
      .join('; ')}.`,
    '',
    `Keys that keep Cyrillic words: ${Object.entries(KEEPS_CYRILLIC)
      .map(([key, why]) => `\`${key}\` (${why})`)
      .join('; ')}.`,
    '',
    '## Strings by component',
  ];
  for (const [component, componentKeys] of componentsOf(keys)) {
    lines.push(
      '',
      `### ${component}`,
      '',
      "| Key | Traditional script | Transliteration | Cyrillic | English | Translator's note | Reviewer |",
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const key of componentKeys) {
      const sourceForms = Object.fromEntries(formsOf(mn[key]));
      const englishForms = Object.fromEntries(formsOf(en[key]));
      for (const [form, text] of formsOf(mong[key] ?? '')) {
        const english = englishForms[form] ?? englishForms.other ?? '';
        const note = form === 'one' ? '' : (TRANSLATOR_NOTES[key] ?? '');
        lines.push(
          `| \`${form ? `${key}.${form}` : key}\` | ${cell(text)} | ${cell(transliterate(text))} | ${cell(sourceForms[form] ?? '')} | ${cell(english)} | ${cell(note)} | |`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const strings = await loadStrings();
  const problems = problemsOf(strings);
  writeFileSync(reviewFile, renderReview(strings));
  console.log(`Wrote ${reviewFile}`);
  if (problems.length) {
    console.error(`${problems.length} problems:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  }
}
