import type { ComplexAttributeConverter } from 'lit';
import { warnOnce } from '../utils/warn.js';

/**
 * A list given as a JSON attribute (`links='[{"label":"Нүүр","href":"/"}]'`), for pages that
 * write plain HTML; scripts set the property directly. Lit's `type: Array` throws on bad JSON:
 * this warns once and gives an empty list, so a typo never breaks the page.
 */
export const jsonList: ComplexAttributeConverter<unknown[]> = {
  fromAttribute(value: string | null): unknown[] {
    if (!value) return [];
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed;
    } catch {
      // Reported below, as for a value that is not a list.
    }
    warnOnce(`not a JSON list: ${value.slice(0, 60)}`);
    return [];
  },
};

/** The items of a list property set from a script, or none when it is not a list. */
export function listOf(value: unknown, where: string): Record<string, unknown>[] {
  if (value == null) return [];
  if (!Array.isArray(value)) {
    warnOnce(`${where} is not a list.`);
    return [];
  }
  return value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null);
}

/** A text field of data: strings as they are, numbers as text, anything else empty. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}
