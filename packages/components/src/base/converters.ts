import type { ComplexAttributeConverter } from 'lit';
import { warnOnce } from '../utils/warn.js';

/** A list attribute that could not be read: empty, keeping its text for the warning `listOf` gives. */
type UnreadList = unknown[] & { unread?: string };

/**
 * A list given as a JSON attribute (`links='[{"label":"Нүүр","href":"/"}]'`), for pages that
 * write plain HTML; scripts set the property directly. Lit's `type: Array` throws on bad JSON:
 * this gives an empty list, so a typo never breaks the page, and `listOf` says so naming the
 * element (a converter is not told which element it reads for).
 */
export const jsonList: ComplexAttributeConverter<unknown[]> = {
  fromAttribute(value: string | null): unknown[] {
    if (!value) return [];
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed;
    } catch {
      // Said by listOf, as for a value that is not a list.
    }
    return Object.assign([], { unread: value });
  },
};

/**
 * The items of a list property, from a script or a JSON attribute: its entries that are objects,
 * or none when it is not a list. Each problem is said once, naming `where`.
 */
export function listOf(value: unknown, where: string): Record<string, unknown>[] {
  if (value == null) return [];
  if (!Array.isArray(value)) {
    warnOnce(`${where} is not a list.`);
    return [];
  }
  const { unread } = value as UnreadList;
  if (unread !== undefined) warnOnce(`${where}="${unread.length > 60 ? `${unread.slice(0, 60)}…` : unread}" is not a JSON list; nothing is shown from it.`);
  const items = value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null);
  if (items.length < value.length) warnOnce(`${where}: entries that are not objects are left out.`);
  return items;
}

/**
 * The list given as data when it has entries, else `fallback` (the links written in the page,
 * `undefined` while there are none to read); a bad list is said either way.
 */
export function listOr(value: unknown, where: string, fallback: unknown[] | undefined): unknown[] | undefined {
  const given = listOf(value, where);
  return given.length ? given : fallback;
}

/** A text field of data: strings as they are, numbers as text, anything else empty. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}
