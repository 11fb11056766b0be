/**
 * The one way Ger keeps things in the browser: localStorage or sessionStorage behind a wrapper
 * that never throws. Storage is missing on the server, may be blocked (private modes, sandboxed
 * frames, a policy: some browsers throw on the mere access) or full, and a page must work the
 * same without it.
 */

/** Every key Ger stores begins with this, so a site can find (and clear) Ger's entries. */
export const STORAGE_PREFIX = 'ger:';

/** The part of the Web Storage API Ger uses: localStorage, sessionStorage, or a stand-in. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** `local` lasts until cleared; `session` until the tab closes. */
export type StorageArea = 'local' | 'session';

export interface StorageOptions {
  /** Where to keep it: the browser's localStorage when not given; `null` keeps nothing. */
  storage?: KeyValueStorage | null;
  /** Told why storage failed (blocked, full), for callers that say so to the reader or the console. */
  onProblem?: (problem: string) => void;
}

/** A key in Ger's namespace: `storageKey('draft', 'passport')` is `ger:draft:passport`. */
export function storageKey(...parts: string[]): string {
  return STORAGE_PREFIX + parts.join(':');
}

/**
 * Keys Ger wrote before every key began with `ger:`. Read once where the new key is empty, moved
 * to it and removed, so nothing a reader had stored is lost.
 */
const FORMER_PREFIXES: [current: string, former: string][] = [
  ['ger:draft:', 'ger-draft:'],
  ['ger:chat:', 'ger-chat:'],
  ['ger:site-alert:', 'ger-site-alert:'],
  ['ger:notices-visit:', 'ger-notices-visit:'],
];

function formerKey(key: string): string | undefined {
  const match = FORMER_PREFIXES.find(([current]) => key.startsWith(current));
  return match && match[1] + key.slice(match[0].length);
}

/**
 * The browser's storage area, or `undefined` on the server. Where the browser throws on the
 * access itself, a stand-in that holds nothing and refuses to write with that error, so a
 * caller can say once that its settings apply to this page only.
 */
export function webStorage(area: StorageArea = 'local'): KeyValueStorage | undefined {
  try {
    return area === 'session' ? globalThis.sessionStorage : globalThis.localStorage;
  } catch (error) {
    const refuse = () => {
      throw error;
    };
    return { getItem: () => null, setItem: refuse, removeItem: refuse };
  }
}

function problemOf(action: string, error: unknown): string {
  return `storage cannot be ${action} (${(error as Error)?.message ?? String(error)})`;
}

/** The value stored under `key`, or `null` when there is none or storage cannot be read. */
export function readStored(key: string, { storage = webStorage(), onProblem }: StorageOptions = {}): string | null {
  if (!storage) return null;
  const former = formerKey(key);
  let value: string | null;
  let formerValue: string | null = null;
  try {
    value = storage.getItem(key);
    if (value === null && former !== undefined) formerValue = storage.getItem(former);
  } catch (error) {
    onProblem?.(problemOf('read', error));
    return null;
  }
  // Moved under the new key, so the next read finds it there; still used when the move fails.
  if (formerValue !== null && writeStored(key, formerValue, { storage, onProblem })) writeStored(former!, null, { storage });
  return value ?? formerValue;
}

/**
 * Stores `value` under `key`; `null` removes it (and what a former key held). Returns whether
 * it was stored; never throws.
 */
export function writeStored(key: string, value: string | null, { storage = webStorage(), onProblem }: StorageOptions = {}): boolean {
  if (!storage) return false;
  try {
    if (value !== null) {
      storage.setItem(key, value);
      return true;
    }
    storage.removeItem(key);
    const former = formerKey(key);
    if (former !== undefined) storage.removeItem(former);
    return true;
  } catch (error) {
    onProblem?.(problemOf('written', error));
    return false;
  }
}
