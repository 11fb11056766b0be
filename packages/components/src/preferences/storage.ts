import { DEFAULT_PREFERENCES, normalizePreferences, type DisplayPreferences } from './model.js';

/** One key per origin: every Ger page of a site shares the reader's settings. */
export const STORAGE_KEY = 'ger:display-preferences';
/** Bumped when the stored shape changes; settings stored under another version are set aside for the defaults, with a warning. */
export const STORAGE_VERSION = 1;

export interface StoredPreferences {
  version: number;
  preferences: DisplayPreferences;
}

/** The minimal storage the store needs: `localStorage` or anything shaped like it. */
export type PreferencesStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface ReadResult {
  preferences: DisplayPreferences;
  /** Why stored data was (partly) ignored; empty when it was fine or absent. */
  problems: string[];
}

/**
 * Reads the stored settings. Absent, corrupt, from another version or out of range: the result
 * is always usable, with the reason in `problems`. A storage that throws (blocked in private
 * mode, or by a policy) reads as nothing stored.
 */
export function readStored(storage: PreferencesStorage | undefined, key = STORAGE_KEY): ReadResult {
  let raw: string | null;
  try {
    raw = storage?.getItem(key) ?? null;
  } catch (error) {
    return { preferences: { ...DEFAULT_PREFERENCES }, problems: [`storage cannot be read (${(error as Error).message})`] };
  }
  if (raw === null) return { preferences: { ...DEFAULT_PREFERENCES }, problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { preferences: { ...DEFAULT_PREFERENCES }, problems: ['stored settings are not valid JSON'] };
  }
  const stored = data as Partial<StoredPreferences> | null;
  if (!stored || typeof stored !== 'object' || stored.version !== STORAGE_VERSION) {
    return { preferences: { ...DEFAULT_PREFERENCES }, problems: [`stored settings have version ${JSON.stringify(stored?.version)}, expected ${STORAGE_VERSION}`] };
  }
  return normalizePreferences(stored.preferences);
}

/** Writes the settings; returns an error message instead of throwing when storage refuses. */
export function writeStored(storage: PreferencesStorage | undefined, preferences: DisplayPreferences, key = STORAGE_KEY): string | undefined {
  try {
    const stored: StoredPreferences = { version: STORAGE_VERSION, preferences };
    storage?.setItem(key, JSON.stringify(stored));
    return undefined;
  } catch (error) {
    return `storage cannot be written (${(error as Error).message})`;
  }
}

/**
 * `localStorage` where it exists. Where storage is blocked, some browsers throw on the mere
 * access: then a stand-in that holds nothing and refuses to write with that error, so the first
 * change warns once that the settings apply to this page only.
 */
export function defaultStorage(): PreferencesStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch (error) {
    const refuse = () => {
      throw error;
    };
    return { getItem: () => null, setItem: refuse, removeItem: refuse };
  }
}
