// The traditional-script strings (locales/mn-Mong.ts) against their Cyrillic source, and their review
// file (locales/mn-Mong-review.md) against the strings: see scripts/mong-review.mjs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { EXEMPT_FROM_SCRIPT, formsOf, loadStrings, problemsOf, renderReview, reviewFile, transliterate } from '../scripts/mong-review.mjs';

let strings;
before(async () => {
  strings = await loadStrings();
});

test('mn-Mong names itself in the script', () => {
  assert.equal(strings.mong.$code, 'mn-Mong');
  assert.equal(strings.mong.$name, 'ᠮᠣᠩᠭᠣᠯ');
});

test('every string is in the script, keeps its placeholders, list items, plural forms, kept words and glossary terms', () => {
  assert.deepEqual(problemsOf(strings), []);
});

test('mn-Mong.ts imports only the type and registers nothing (the loader imports it when a page needs it)', () => {
  const source = readFileSync(new URL('../packages/components/src/locales/mn-Mong.ts', import.meta.url), 'utf8');
  assert.deepEqual(source.match(/^import .*$/gm), ["import type { Translation } from './translation.js';"]);
  assert.doesNotMatch(source, /registerTranslation|registerShippedTranslation/);
});

test('the review file is up to date (run `node scripts/mong-review.mjs` after changing a string)', () => {
  assert.equal(readFileSync(reviewFile, 'utf8'), renderReview(strings), 'mn-Mong-review.md is stale');
});

test('the review file lists every string form', () => {
  const review = readFileSync(reviewFile, 'utf8');
  for (const [key, value] of Object.entries(strings.mong)) {
    if (key.startsWith('$')) continue;
    for (const [form] of formsOf(value)) assert.ok(review.includes(`| \`${form ? `${key}.${form}` : key}\` |`), `${key} ${form} is not in the review file`);
  }
});

test('the exemption list names only real keys that need it', () => {
  for (const key of Object.keys(EXEMPT_FROM_SCRIPT)) {
    assert.ok(key in strings.mn, `${key} is not a key`);
    assert.doesNotMatch(JSON.stringify(strings.mong[key]), /[\u1820-\u18AA]/u, `${key} has Mongolian letters now: take it off the list`);
  }
});

// The checks themselves: a broken translation must be caught.
const broken = (key, value) => problemsOf({ ...strings, mong: { ...strings.mong, [key]: value } });

test('the checks catch a lost placeholder, a lost list item, a missing key, Cyrillic left in, and a plural shape changed', () => {
  assert.match(broken('dismissNotification', 'ᠮᠡᠳᠡᠭᠳᠡᠯ ᠢ ᠬᠠᠭᠠᠬᠤ').join(), /dismissNotification: placeholders none; the Cyrillic has \{heading\}/);
  assert.match(broken('calendarWeekdaysShort', 'ᠳᠠ|ᠮᠢ|ᡀᠠ|ᠫᠦ|ᠪᠠ|ᠪᠢ').join(), /6 list items; the Cyrillic has 7/);
  assert.match(broken('loading', 'Ачаалж байна').join(), /loading: no Mongolian-script letter/);
  assert.match(broken('loading', 'Ачаалж байна').join(), /loading: Cyrillic "Ачаалж" left in/);
  assert.match(broken('chatHint', 'ᠳᠠᠷᠠᠵᠤ ᠢᠯᠡᠭᠡᠨ᠎ᠡ').join(), /"Enter" of the Cyrillic is not kept/);
  assert.match(
    broken('chatUnread', { one: '{count} ᠵᠠᠬᠢᠶ᠎ᠠ', other: '{count} ᠵᠠᠬᠢᠶ᠎ᠠ' }).join(),
    /chatUnread: plural forms one, other; the Cyrillic has other/,
  );
  assert.match(broken('chatSend', 'ᠶᠠᠪᠤᠭᠤᠯᠬᠤ').join(), /chatSend: the glossary's ᠢᠯᠡᠭᠡ \(send\) is not used/);
  assert.match(broken('dateYear', 'ᠣ\u180Eᠨ').join(), /dateYear: the vowel separator/);
  assert.match(broken('dateDay', 'ᠡᠳüᠷ').join(), /dateDay: U\+00FC is neither of the script nor of the source/);
  assert.match(broken('dateDay', 'ᠡᠳ\u200Dᠦᠷ').join(), /dateDay: U\+200D is neither/);
  const { loading, ...withoutLoading } = strings.mong;
  assert.ok(loading);
  assert.match(problemsOf({ ...strings, mong: withoutLoading }).join(), /loading: missing/);
});

test('the transliteration shows the code points typed', () => {
  assert.equal(transliterate('ᠤᠯᠤᠰ\u202Fᠤᠨ ᠰᠠᠷ\u180Eᠠ'), 'ulus-un sar-a');
  assert.equal(transliterate('ᠬᠡᠯᠡ ᠬᠠᠭᠠᠬᠤ'), 'kele qaγaqu');
  assert.equal(transliterate('{count} ᠥᠨᠥᠳᠦᠷ'), '{count} önödür');
});
