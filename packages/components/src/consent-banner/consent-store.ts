import { readStored, storageKey, writeStored } from '../utils/storage.js';
import { warnOnce } from '../utils/warn.js';

/** What the reader chose about analytics cookies. */
export type ConsentChoice = 'accepted' | 'rejected';

const CHOICES: readonly string[] = ['accepted', 'rejected'];

/** `ger:consent`: `{"choice":"accepted","version":"2025-1","at":"2025-06-01T…"}`. */
const CONSENT_KEY = storageKey('consent');

/**
 * The reader's choice for policy `version`, or `null` when they have not chosen, chose for
 * another version (a new policy asks again), or storage cannot be read. Synchronous, so an
 * analytics loader can ask before it loads anything.
 */
export function readConsent(version: string): ConsentChoice | null {
  const stored = readStored(CONSENT_KEY);
  if (stored === null) return null;
  try {
    const { choice, version: storedVersion } = JSON.parse(stored) as { choice?: unknown; version?: unknown };
    if (typeof choice === 'string' && CHOICES.includes(choice) && typeof storedVersion === 'string') {
      return storedVersion === version ? (choice as ConsentChoice) : null;
    }
  } catch {
    // Falls through: whatever it holds, it is not a choice.
  }
  warnOnce(`${CONSENT_KEY} holds no consent choice; asking again.`);
  return null;
}

/** Keeps the choice for `version`, with when it was made. Returns whether it was stored. */
export function writeConsent(choice: ConsentChoice, version: string): boolean {
  const value = JSON.stringify({ choice, version, at: new Date().toISOString() });
  return writeStored(CONSENT_KEY, value, {
    onProblem: (problem) => warnOnce(`The consent choice applies to this page only: ${problem}.`),
  });
}
