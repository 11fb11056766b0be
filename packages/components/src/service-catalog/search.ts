/**
 * Search over services the way people type in Mongolia: Cyrillic or Latin letters, Mongolian
 * or English, any case, with or without diacritics, half-typed words and small typos.
 *
 * Both the text and the query are folded to one Latin spelling (`паспорт`, `pasport` and
 * `passport` all become `pasport`; `ө`/`ү` become `o`/`u`), split into words, and every query
 * word must match a word of the service: exactly, as its beginning, or within one or two edits.
 * Services whose title matches come first. Written for Ger after measuring it against MiniSearch
 * and Fuse.js (bench/search.mjs): smaller and faster for this job, see the catalogue's docs.
 */
import { fold, foldVariants } from '@ger/text-fold';
import { textIn } from '../utils/localized-text.js';

/** The one folding of Ger's searches, shared with the chat bot (packages/text-fold). */
export { fold };

/** Words that carry no meaning in a query ("passport for a child"): left out of one that has other words. Folded. */
const STOP_WORDS = new Set('a an and for how i in my of on or the to ba bolon esvel n'.split(' '));

/**
 * The folded forms of one word, remembered: a thousand services share far fewer words. ө is
 * typed as `o` or as `u`, so a word with ө has both forms (`foldVariants`).
 */
const forms = new Map<string, string[]>();
function formsOf(word: string): string[] {
  let found = forms.get(word);
  if (!found) {
    found = foldVariants(word);
    if (forms.size > 50000) forms.clear();
    forms.set(word, found);
  }
  return found;
}

/** The words of a text, lower case, split at spaces and punctuation (a simple class: it is fast). */
const rawWords = (text: string) => text.toLowerCase().split(/[\s!-/:-@[-`{-~\u00a0-\u00bf\u2000-\u206f]+/);

/**
 * The folded words of a query, at most 12, without stop words unless `every` is set or the query has no
 * other words: `ба` and `in` are also the first letters of `баримт` and `India`.
 */
export function words(text: string, every?: boolean): string[] {
  const found = rawWords(text)
    .map((word) => formsOf(word)[0])
    .filter(Boolean);
  const meaningful = found.filter((word) => !STOP_WORDS.has(word));
  return [...new Set(every || !meaningful.length ? found : meaningful)].slice(0, 12);
}

/** Anything with a title and other searchable texts, in any number of languages. */
export interface Searchable {
  title?: unknown;
  agency?: unknown;
  category?: unknown;
  description?: unknown;
}

/** The texts of a field in every language it has. */
function allLanguages(value: unknown): string {
  return value && typeof value === 'object'
    ? Object.keys(value)
        .map((lang) => textIn(value, lang))
        .join(' ')
    : textIn(value, '');
}

const TITLE = 1;
const OTHER = 2;

export interface SearchIndex {
  /** Every distinct word, and for each the services (index * 4 + TITLE/OTHER bits) it occurs in. */
  vocabulary: string[];
  postings: number[][];
  size: number;
  /** Matches of a query word, remembered while the user types the next letters. */
  cache: Map<string, [number, number][]>;
}

/** An index being built: a few items at a time (`step`), or the rest at once (`index`). */
export interface IndexBuilder {
  /** Adds items for about `budget` milliseconds; `true` once every item is in. */
  step(budget: number): boolean;
  /** The whole index: the items not added yet are added now. */
  readonly index: SearchIndex;
}

/**
 * Builds the index of `items` in steps: for 1,448 services it is tens of milliseconds of work on
 * a desktop and several times that on a phone, too long for one task while the reader may type.
 */
export function indexBuilder(items: readonly Searchable[]): IndexBuilder {
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const postings: number[][] = [];
  const index: SearchIndex = { vocabulary, postings, size: items.length, cache: new Map() };
  let next = 0;
  const addItem = (item: Searchable, place: number) => {
    const seen = new Map<number, number>();
    const add = (text: string, field: number) => {
      for (const word of rawWords(text).flatMap(formsOf)) {
        if (!word) continue;
        let id = ids.get(word);
        if (id === undefined) {
          ids.set(word, (id = vocabulary.length));
          vocabulary.push(word);
          postings.push([]);
        }
        seen.set(id, (seen.get(id) ?? 0) | field);
      }
    };
    if (item && typeof item === 'object') {
      add(allLanguages(item.title), TITLE);
      add(`${allLanguages(item.agency)} ${allLanguages(item.category)} ${allLanguages(item.description)}`, OTHER);
    }
    seen.forEach((fields, id) => postings[id].push(place * 4 + fields));
  };
  const addUntil = (done: () => boolean) => {
    for (; next < items.length && !done(); next++) addItem(items[next], next);
    // Words are looked up in `vocabulary` from now on: the map of them is needed no more.
    if (next >= items.length) ids.clear();
    return next >= items.length;
  };
  return {
    step(budget) {
      const end = performance.now() + budget;
      const start = next;
      // The clock is read every 16 items (reading it costs too), so each step adds 16 at least.
      return addUntil(() => next > start && (next - start) % 16 === 0 && performance.now() >= end);
    },
    get index() {
      addUntil(() => false);
      return index;
    },
  };
}

export const buildIndex = (items: readonly Searchable[]): SearchIndex => indexBuilder(items).index;

/**
 * Edits between `word` and the closest beginning of `candidate` (Levenshtein with
 * transpositions), or `max + 1` as soon as it must be more than `max`.
 */
function prefixDistance(word: string, candidate: string, max: number): number {
  const columns = Math.min(candidate.length, word.length + max);
  let before: number[] = [];
  let previous = Array.from({ length: columns + 1 }, (_, j) => j);
  for (let i = 1; i <= word.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= columns; j++) {
      let value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (word[i - 1] === candidate[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && word[i - 1] === candidate[j - 2] && word[i - 2] === candidate[j - 1]) value = Math.min(value, before[j - 2] + 1);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return Math.min(...previous);
}

/**
 * A quick test before the exact one: each edit changes at most one letter, so a candidate
 * whose beginning lacks more than `max` of the word's letters cannot be within `max` edits.
 */
function mayBeClose(word: string, candidate: string, max: number): boolean {
  const start = candidate.slice(0, word.length + max);
  let missing = 0;
  for (const letter of word) if (!start.includes(letter) && ++missing > max) return false;
  return true;
}

/** Vocabulary words a query word matches, with a weight: 3 exact, 2 beginning, 1 with a typo. */
function matches(index: SearchIndex, word: string): [number, number][] {
  let found = index.cache.get(word);
  if (found) return found;
  found = [];
  // One typo from four letters on, two from eight: shorter words would match too much.
  const typos = word.length < 4 ? 0 : word.length < 8 ? 1 : 2;
  index.vocabulary.forEach((candidate, id) => {
    if (candidate === word) found!.push([id, 3]);
    else if (candidate.startsWith(word)) found!.push([id, 2]);
    else if (typos && candidate.length >= word.length - typos && mayBeClose(word, candidate, typos) && prefixDistance(word, candidate, typos) <= typos)
      found!.push([id, 1]);
  });
  if (index.cache.size > 500) index.cache.clear();
  index.cache.set(word, found);
  return found;
}

/**
 * The positions of the items that match every word of `query`, best first: items whose title
 * matches more of the words, then by how well they match, then in their original order.
 * An empty query matches everything, in the original order. `every`: stop words count too (a
 * list of names, where `and` in `Bosnia and` is part of the name being typed).
 */
export function search(index: SearchIndex, query: string, every?: boolean): number[] {
  const queryWords = words(query, every);
  const all = Array.from({ length: index.size }, (_, i) => i);
  if (!queryWords.length) return all;
  const score = new Float64Array(index.size);
  const titleWords = new Uint8Array(index.size);
  const matched = new Uint8Array(index.size);
  queryWords.forEach((word, n) => {
    const best = new Float64Array(index.size);
    const inTitle = new Uint8Array(index.size);
    for (const [id, weight] of matches(index, word)) {
      for (const entry of index.postings[id]) {
        const item = entry >> 2;
        const title = entry & TITLE;
        const value = weight * (title ? 3 : 1);
        if (value > best[item]) best[item] = value;
        if (title) inTitle[item] = 1;
      }
    }
    for (let item = 0; item < index.size; item++) {
      if (!best[item]) continue;
      if (matched[item] === n) matched[item]++;
      score[item] += best[item];
      titleWords[item] += inTitle[item];
    }
  });
  return all.filter((item) => matched[item] === queryWords.length).sort((a, b) => titleWords[b] - titleWords[a] || score[b] - score[a] || a - b);
}
