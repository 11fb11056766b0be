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

  /** The options matching `query`, best first; all of them, in order, for an empty query. */
  find(query: string): ComboboxOption[] {
    // Built on the first search, not when the options arrive: a list nobody opens costs nothing.
    this.index ??= buildIndex(this.options.map((option) => ({ title: option.label })));
    return search(this.index, query).map((position) => this.options[position]);
  }
}

/** The option whose label is what was typed, spelled any way that folds the same (`hovsgol`, `Хөвсгөл`). */
export function sameLabel(options: readonly ComboboxOption[], text: string): ComboboxOption | undefined {
  const typed = fold(text.trim());
  return typed ? options.find((option) => !option.disabled && fold(option.label) === typed) : undefined;
}
