import { type KeyValueStorage, readStored, writeStored } from '../utils/storage.js';
import { DEFAULT_PREFERENCES, normalizePreferences, STORAGE_KEY, type DisplayPreferences } from './model.js';

/** Bumped when the stored shape changes; settings stored under another version are set aside for the defaults, with a warning. */
export const STORAGE_VERSION = 1;

export interface StoredPreferences {
  version: number;
  preferences: DisplayPreferences;
}

/** The storage the store needs: `localStorage` or anything shaped like it (Ger's one storage shape). */
export type PreferencesStorage = KeyValueStorage;

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
export function readPreferences(storage: PreferencesStorage | undefined, key = STORAGE_KEY): ReadResult {
  let problem: string | undefined;
  const raw = readStored(key, { storage, onProblem: (reason) => (problem = reason) });
  if (problem) return { preferences: { ...DEFAULT_PREFERENCES }, problems: [problem] };
  if (raw === null) return { preferences: { ...DEFAULT_PREFERENCES }, problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { preferences: { ...DEFAULT_PREFERENCES }, problems: ['stored settings are not valid JSON'] };
  }
  const stored = data as Partial<StoredPreferences> | null;
  if (!stored || typeof stored !== 'object' || stored.version !== STORAGE_VERSION) {
    return {
      preferences: { ...DEFAULT_PREFERENCES },
      problems: [`stored settings have version ${JSON.stringify(stored?.version)}, expected ${STORAGE_VERSION}`],
    };
  }
  return normalizePreferences(stored.preferences);
}

/** Writes the settings; returns an error message instead of throwing when storage refuses. */
export function writePreferences(storage: PreferencesStorage | undefined, preferences: DisplayPreferences, key = STORAGE_KEY): string | undefined {
  const stored: StoredPreferences = { version: STORAGE_VERSION, preferences };
  let problem: string | undefined;
  writeStored(key, JSON.stringify(stored), { storage, onProblem: (reason) => (problem = reason) });
  return problem;
}
