import { warnOnce } from './warn.js';

/**
 * The attribute's value when it is one of `allowed`, otherwise `fallback` with one console
 * warning naming the element. The attribute itself is left as written, so nothing the author
 * typed is lost. A function rather than a base-class method, so elements with no such attribute
 * do not ship it.
 */
export function oneOf<T extends string>(host: Element, attribute: string, value: string | null | undefined, allowed: readonly T[], fallback: T): T {
  if (!value) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  warnOnce(`<${host.localName}> ${attribute}="${value}" is not one of ${allowed.join(', ')}; using "${fallback}".`);
  return fallback;
}
