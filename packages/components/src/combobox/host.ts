import type { LazyPartHost } from '../base/lazy-part.js';
import type { ComboboxOption, ComboboxSearch } from './options.js';

/**
 * What the suggestions part (suggestions.ts, loaded later) uses of `ger-combobox`: its text,
 * its options and a way to set its value. The part never imports the element's class.
 */
export interface ComboboxHost extends LazyPartHost {
  /** What the text box shows. */
  text: string;
  /** The user is typing: the text box keeps their text until they choose or leave. */
  editing: boolean;
  /** The option last chosen from `search`'s answers: its label names the value. */
  picked?: ComboboxOption;
  readonly value: string;
  readonly restrict: boolean;
  readonly search?: ComboboxSearch;
  /** The local options, checked. */
  readonly choices: readonly ComboboxOption[];
  readonly displayValue: string;
  readonly isDisabledNow: boolean;
  /** Whether `value` is none of the options, where there are options to compare with. */
  unlisted(value: string): boolean;
  /** Sets the value as the user's answer: `change` fires (and `input` first where no typing fired it: an option chosen, the box emptied with Escape). */
  answer(value: string, chosen: boolean): void;
}
