import type { FieldValue } from '../base/form-control.js';
import { readStored, storageKey, writeStored } from './storage.js';

/**
 * Where drafts are kept. Any object with these three methods will do, sync or async: the
 * browser's localStorage (the default), IndexedDB, or the service's own server.
 */
export interface DraftStore {
  get(key: string): string | null | Promise<string | null>;
  set(key: string, value: string): void | Promise<void>;
  delete(key: string): void | Promise<void>;
}

/** A saved application: every answer by name, and where the user was. */
export interface Draft {
  /** The form's own version (`draft-version`): a draft of another version is not used. */
  version: number;
  /** The step the user was on, counting every step (shown or not). */
  step: number;
  /** Steps the user has completed. */
  done: number[];
  /** When it was saved (ISO 8601). */
  savedAt: string;
  values: Record<string, FieldValue>;
}

/** Why a stored draft could not be used. */
export type DraftProblem = 'unreadable' | 'outdated';

/** Keys start with this, so Ger's drafts are easy to find (and to clear) among a site's storage. */
export const DRAFT_PREFIX = storageKey('draft', '');

/** The browser's localStorage; quietly does nothing where storage is blocked (private modes) or full. */
export const localStorageStore: DraftStore = {
  get: (key) => readStored(key),
  set: (key, value) => void writeStored(key, value),
  delete: (key) => void writeStored(key, null),
};

function isDraft(value: unknown, version: number): value is Draft {
  const draft = value as Draft;
  return (
    typeof draft === 'object' &&
    draft !== null &&
    draft.version === version &&
    Number.isInteger(draft.step) &&
    Array.isArray(draft.done) &&
    typeof draft.values === 'object' &&
    draft.values !== null
  );
}

/**
 * Reads a draft: the draft, or why it cannot be used. Never throws: a store that fails, text
 * that is not JSON, or a draft of another version all start a clean form.
 */
export async function readDraft(store: DraftStore, key: string, version: number): Promise<{ draft?: Draft; problem?: DraftProblem }> {
  let text: string | null;
  try {
    text = await store.get(key);
  } catch {
    return { problem: 'unreadable' };
  }
  if (text == null) return {};
  try {
    const value = JSON.parse(text) as unknown;
    if (isDraft(value, version)) return { draft: value };
    return { problem: typeof (value as Draft)?.version === 'number' && (value as Draft).version !== version ? 'outdated' : 'unreadable' };
  } catch {
    return { problem: 'unreadable' };
  }
}

/** Saves a draft; a store that fails is ignored (the form goes on without a draft). */
export async function writeDraft(store: DraftStore, key: string, draft: Draft): Promise<void> {
  try {
    await store.set(key, JSON.stringify(draft));
  } catch {
    // Nothing to do: the answers are still on the page.
  }
}

export async function deleteDraft(store: DraftStore, key: string): Promise<void> {
  try {
    await store.delete(key);
  } catch {
    // As above.
  }
}
