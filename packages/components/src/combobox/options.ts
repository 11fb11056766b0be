import { warnOnce } from '../utils/warn.js';

/** One choice of a combobox: the value sent with the form and the label people read and type. */
export interface ComboboxOption {
  value: string;
  label: string;
  disabled?: boolean;
}

/**
 * Finds the options for what was typed, for lists too large to send to the page (addresses,
 * people, organisations): resolve with at most a few dozen, best first. `signal` aborts when the
 * user types on, so a slow answer to an old query never replaces a newer one.
 */
export type ComboboxSearch = (query: string, signal: AbortSignal) => Promise<readonly ComboboxOption[]>;

/**
 * Options as the combobox can use them: a value and label as strings (a number is written as
 * one), anything else left out with one console warning, since data from a server may be wrong.
 */
export function cleanOptions(options: unknown, source: string): ComboboxOption[] {
  if (!Array.isArray(options)) {
    if (options != null) warnOnce(`<ger-combobox> ${source} is not an array of { value, label }; showing no options.`);
    return [];
  }
  const clean: ComboboxOption[] = [];
  for (const option of options as Partial<Record<keyof ComboboxOption, unknown>>[]) {
    const value = option?.value;
    const label = option?.label ?? value;
    if ((typeof value === 'string' || typeof value === 'number') && (typeof label === 'string' || typeof label === 'number')) {
      clean.push({ value: String(value), label: String(label), disabled: option.disabled === true });
    } else warnOnce(`<ger-combobox> ${source} has an option without a text value or label; it is left out.`);
  }
  return clean;
}

/** The `<option>` children: value (or its text when it has none), text as the label. */
export function childOptions(host: Element): ComboboxOption[] {
  return [...host.querySelectorAll('option')].map((option) => ({ value: option.value, label: option.label || option.text, disabled: option.disabled }));
}
