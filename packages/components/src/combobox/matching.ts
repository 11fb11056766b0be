/**
 * Which options match what was typed, with the service catalogue's search (one folding of
 * Latin and Cyrillic, ө/ү typed as o/u, small typos): a citizen who finds `Хөвсгөл` there by
 * typing `hovsgol` finds it here the same way.
 */
import { fold } from '@ger/text-fold';
import { buildIndex, search, type SearchIndex } from '../service-catalog/search.js';
import type { ComboboxOption } from './options.js';

export class OptionMatcher {
  private index?: SearchIndex;

  constructor(readonly options: readonly ComboboxOption[]) {}

  /**
   * The options matching `query`, best first; all of them, in order, for an empty query. Every
   * word counts: what is being typed is the start of a name (`in` of India, `ба` of Баян-Өлгий).
   */
  find(query: string): ComboboxOption[] {
    return search(this.prepare(), query, true).map((position) => this.options[position]);
  }

  /**
   * Builds the index (a tenth of a second for 5,000 options on a slow phone): the element calls
   * it when the page is idle, so the first letter typed does not wait for it.
   */
  prepare(): SearchIndex {
    return (this.index ??= buildIndex(this.options.map((option) => ({ title: option.label }))));
  }
}

/** The option whose label is what was typed, spelled any way that folds the same (`hovsgol`, `Хөвсгөл`). */
export function sameLabel(options: readonly ComboboxOption[], text: string): ComboboxOption | undefined {
  const typed = fold(text.trim());
  return typed ? options.find((option) => !option.disabled && fold(option.label) === typed) : undefined;
}
