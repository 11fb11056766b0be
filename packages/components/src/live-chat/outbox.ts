import { type KeyValueStorage, readStored, storageKey, writeStored } from '../utils/storage.js';
import type { OutgoingMessage } from './chat-transport.js';

/** Where the outbox is kept: localStorage, or a stand-in (Ger's one storage shape). */
export type ChatStorage = KeyValueStorage;

/** The key of a conversation with the server at `url`: its token and unsent messages. */
export function chatStorageKey(url: string): string {
  return storageKey('chat', url);
}

interface Saved {
  token?: string;
  outbox: OutgoingMessage[];
}

/**
 * The conversation token and the messages not yet acknowledged, written through to storage on
 * every change. localStorage is synchronous, so a message is saved before a reload or a crash
 * can take it away (an IndexedDB write could still be pending then).
 */
export class Outbox {
  private saved: Saved = { outbox: [] };

  /** `storage`: localStorage when not given, `null` to keep the outbox in memory only. */
  constructor(
    private readonly key: string,
    private readonly storage?: ChatStorage | null,
  ) {
    try {
      const parsed = JSON.parse(readStored(key, { storage }) ?? 'null') as Saved | null;
      if (parsed && Array.isArray(parsed.outbox)) this.saved = parsed;
    } catch {
      // A damaged entry starts afresh rather than breaking the widget.
    }
  }

  get token(): string | undefined {
    return this.saved.token;
  }

  set token(token: string | undefined) {
    this.saved.token = token;
    this.write();
  }

  items(): OutgoingMessage[] {
    return [...this.saved.outbox];
  }

  head(): OutgoingMessage | undefined {
    return this.saved.outbox[0];
  }

  has(id: string): boolean {
    return this.saved.outbox.some((item) => item.id === id);
  }

  add(message: OutgoingMessage): void {
    if (this.has(message.id)) return;
    this.saved.outbox.push(message);
    this.write();
  }

  remove(id: string): boolean {
    const before = this.saved.outbox.length;
    this.saved.outbox = this.saved.outbox.filter((item) => item.id !== id);
    if (this.saved.outbox.length === before) return false;
    this.write();
    return true;
  }

  /** Forgets the token and every queued message, here and in storage. */
  clear(): void {
    this.saved = { outbox: [] };
    // Through Ger's storage helper, which reads a missing storage as localStorage, as `write` does
    // (`storage?.removeItem` left the token in localStorage: the conversation came back on reload).
    writeStored(this.key, null, { storage: this.storage });
  }

  private write(): void {
    // When storage is full (a large attachment), the message is still kept in memory and sent.
    writeStored(this.key, JSON.stringify(this.saved), { storage: this.storage });
  }
}
