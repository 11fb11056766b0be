import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fold, foldVariants } from '../index.mjs';
import { DIFFERENT_WORDS, SAME_WORD } from './cases.mjs';

test('every way people type a word folds to one of its skeletons', () => {
  for (const { word, typed } of SAME_WORD) {
    const skeletons = foldVariants(word);
    for (const spelling of typed) assert.ok(skeletons.includes(fold(spelling)), `${spelling} -> ${fold(spelling)}, not one of ${skeletons} (${word})`);
  }
});

test('different words stay different', () => {
  for (const [a, b] of DIFFERENT_WORDS) {
    const both = foldVariants(a).filter((skeleton) => foldVariants(b).includes(skeleton));
    assert.deepEqual(both, [], `${a} and ${b}`);
  }
});

test('the skeleton: lower case, Latin, one letter per sound, ө as o and also u', () => {
  assert.equal(fold('Паспорт'), 'pasport');
  assert.equal(fold('цахим'), 'cahim');
  assert.equal(fold('Өмнөговь'), 'omnogovi');
  assert.deepEqual(foldVariants('Өмнөговь'), ['omnogovi', 'umnugovi']);
  assert.deepEqual(foldVariants('паспорт'), ['pasport']);
  assert.equal(fold('ялгаа'), fold('yalgaa'));
  assert.equal(fold('Ölgii'), 'olgi');
});

test('anything that is not text folds without throwing', () => {
  assert.equal(fold(''), '');
  assert.equal(fold(42), '42');
  assert.equal(fold(null), '');
  assert.equal(fold('🙂 №5 — ok'), '🙂 №5 — ok');
  assert.deepEqual(foldVariants(undefined), ['']);
});
