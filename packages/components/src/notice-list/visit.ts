import { readStored, storageKey, writeStored } from '../utils/storage.js';

/**
 * The reader's previous visit, per storage key, read once per page load: every list and every
 * render on this page compares with the same moment, and this visit is remembered for the next.
 * A part that loads later: the server has no storage, and the list renders without it.
 */
const previousVisits: Record<string, Date | undefined> = {};
export function previousVisit(key: string): Date | undefined {
  const visitKey = storageKey('notices-visit', key);
  if (!(key in previousVisits)) {
    const stored = Number(readStored(visitKey));
    previousVisits[key] = stored > 0 ? new Date(stored) : undefined;
    writeStored(visitKey, String(Date.now()));
  }
  return previousVisits[key];
}
