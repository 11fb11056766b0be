import type { FieldValue } from '../base/form-control.js';
import { readStored, storageKey, writeStored } from './storage.js';

/**
 * Where drafts are kept. Any object with these three methods will do, sync or async: the
 * browser's localStorage (the default), IndexedDB, or the service's own server. A method that
 * fails throws or rejects (a fetch without an answer, a 5xx): `get` answers `null` only when
 * there is no draft. The form then says so and tries again; it never takes a failed read for an
 * empty store, nor writes over a draft it could not read.
 */
export interface DraftStore {
  get(key: string): string | null | Promise<string | null>;
  set(key: string, value: string): void | Promise<void>;
  delete(key: string): void | Promise<void>;
}

/** A saved application: every answer by name, and where the user was. */
export interface Draft {
  /** The form's own version (`draft-version`, a number, or its text when it is none): a draft of another version is not used. */
  version: number | string;
  /** The step the user was on, counting every step (shown or not). */
  step: number;
  /** Steps the user has completed. */
  done: number[];
  /** When it was saved (ISO 8601). */
  savedAt: string;
  /**
   * When the application was posted to the service's server (ISO 8601). The answers are kept until
   * the page that follows says they arrived (see `forgetSentDraft`): the post may have failed.
   */
  sentAt?: string;
  values: Record<string, FieldValue>;
}

/**
 * Why a stored draft could not be used: `unreadable` or `outdated` (it was read, and is of no
 * use: it may be replaced), or `unavailable` (the store could not be asked: offline, a server
 * error; the draft may well be there, so nothing may be written over it until it is read).
 */
export type DraftProblem = 'unreadable' | 'outdated' | 'unavailable';

/** Keys start with this, so Ger's drafts are easy to find (and to clear) among a site's storage. */
export const DRAFT_PREFIX = storageKey('draft', '');

/**
 * The browser's localStorage. Where storage is blocked (private modes) or full, reading finds no
 * draft and a save throws, so the form says the draft was not saved.
 */
export const localStorageStore: DraftStore = {
  get: (key) => readStored(key),
  set: (key, value) => {
    if (!writeStored(key, value)) throw new Error('storage is blocked or full');
  },
  delete: (key) => void writeStored(key, null),
};

function isDraft(value: unknown, version: Draft['version']): value is Draft {
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
 * Reads a draft: the draft, or why it cannot be used. Never throws. A store that fails (offline,
 * a server error) is `unavailable`: the draft is not known to be bad, only not read. Text that
 * is not a draft, or a draft of another version, was read and is of no use.
 */
export async function readDraft(store: DraftStore, key: string, version: Draft['version']): Promise<{ draft?: Draft; problem?: DraftProblem }> {
  let text: string | null;
  try {
    text = await store.get(key);
  } catch {
    return { problem: 'unavailable' };
  }
  if (text == null) return {};
  try {
    const value = JSON.parse(text) as unknown;
    if (isDraft(value, version)) return { draft: value };
    const other = (value as Draft)?.version;
    return { problem: (typeof other === 'number' || typeof other === 'string') && other !== version ? 'outdated' : 'unreadable' };
  } catch {
    return { problem: 'unreadable' };
  }
}

/** Saves a draft. Never throws: says whether the store took it (the caller tells the user and tries again). */
export async function writeDraft(store: DraftStore, key: string, draft: Draft): Promise<boolean> {
  try {
    await store.set(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** Deletes a draft. Never throws: says whether the store did it. */
export async function deleteDraft(store: DraftStore, key: string): Promise<boolean> {
  try {
    await store.delete(key);
    return true;
  } catch {
    return false;
  }
}

/**
 * For the page that confirms an application has arrived (`ger-panel`'s `form-id` calls it):
 * forgets the draft of `formId` if it was sent. `ger-form-steps` inside a `<form method="post">`
 * keeps the answers while the post is on its way, marked sent, since the post may fail (offline, a
 * server error) and the citizen come back to it. A draft changed since it was sent is kept.
 * Resolves with whether a draft was forgotten; never throws.
 */
export async function forgetSentDraft(formId: string, store: DraftStore = localStorageStore): Promise<boolean> {
  const key = DRAFT_PREFIX + formId;
  try {
    const text = await store.get(key);
    if (!text || !(JSON.parse(text) as Partial<Draft> | null)?.sentAt) return false;
    await store.delete(key);
    return true;
  } catch {
    return false;
  }
}
