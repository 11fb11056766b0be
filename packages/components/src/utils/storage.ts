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
 * The key Ger used for `key` before every key began with `ger:`: `ger-draft:passport` for
 * `ger:draft:passport` (drafts, chat, site alerts, notice visits). Read once where the new key
 * is empty, moved to it and removed, so nothing a reader had stored is lost.
 */
const formerKey = (key: string) => key.replace(/^ger:(?=[\w-]+:)/, 'ger-');

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

/** The value stored under `key` (or under its former key), or `null` when there is none or storage cannot be read. */
export function readStored(key: string, { storage = webStorage(), onProblem }: StorageOptions = {}): string | null {
  const former = formerKey(key);
  try {
    const value = storage?.getItem(key) ?? null;
    if (value !== null || former === key) return value;
    const kept = storage!.getItem(former);
    // Moved under the new key, so the next read finds it there; still used when the move fails.
    if (kept !== null && writeStored(key, kept, { storage })) storage!.removeItem(former);
    return kept;
  } catch (error) {
    onProblem?.(`storage cannot be read (${(error as Error).message})`);
    return null;
  }
}

/**
 * Stores `value` under `key`; `null` removes it (and what its former key held). Returns whether
 * it was stored; never throws.
 */
export function writeStored(key: string, value: string | null, { storage = webStorage(), onProblem }: StorageOptions = {}): boolean {
  try {
    if (value !== null) storage?.setItem(key, value);
    else [key, formerKey(key)].forEach((name) => storage?.removeItem(name));
    return Boolean(storage);
  } catch (error) {
    onProblem?.(`storage cannot be written (${(error as Error).message})`);
    return false;
  }
}
