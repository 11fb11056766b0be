import { warnOnce } from './warn.js';

const SAFE_SCHEMES = new Set(['http:', 'https:']);

/**
 * Returns the URL when it is http, https or relative, otherwise `undefined`, so that data
 * such as `javascript:alert(1)` never becomes a link.
 */
export function safeUrl(url: unknown): string | undefined {
  // Data may be anything (a number, an object): only text can be a URL.
  const trimmed = typeof url == 'string' ? url.trim() : '';
  if (!trimmed) return undefined;
  // A scheme is letters then a colon before any slash, ? or #; everything else is relative.
  // eslint-disable-next-line no-control-regex -- browsers ignore control characters inside a scheme, so must we
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(trimmed.replace(/[\u0000-\u001f\s]/g, ''));
  if (!scheme) return trimmed;
  return SAFE_SCHEMES.has(scheme[1].toLowerCase()) ? trimmed : undefined;
}

/** Data as text for a message: by its kind where String() throws (an object without a prototype). */
function shown(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** `safeUrl`, with one warning naming `where` when data gave a URL that is refused. */
export function checkedUrl(url: unknown, where: string): string | undefined {
  const safe = safeUrl(url);
  if (url && !safe) warnOnce(`${where}: "${shown(url).slice(0, 60)}" is not an http, https or relative URL; it is not used.`);
  return safe;
}
