/**
 * localStorage that never throws: it is missing on the server, may be blocked (private mode,
 * sandboxed frames, a full quota), and a page must work the same without it.
 */
export function readStored(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, value);
  } catch {
    // Not remembered this time: the page itself still works.
  }
}
