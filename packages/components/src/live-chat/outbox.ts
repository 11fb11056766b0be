import type { OutgoingMessage } from './chat-transport.js';

/** The part of the Web Storage API the outbox needs (localStorage, or a stand-in). */
export interface ChatStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

interface Saved {
  token?: string;
  outbox: OutgoingMessage[];
}

function defaultStorage(): ChatStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage blocked (privacy mode, sandboxed frame): keep it in memory
  }
}

/**
 * The conversation token and the messages not yet acknowledged, written through to storage on
 * every change. localStorage is synchronous, so a message is saved before a reload or a crash
 * can take it away (an IndexedDB write could still be pending then).
 */
export class Outbox {
  private saved: Saved = { outbox: [] };
  private readonly storage: ChatStorage | undefined;

  constructor(
    private readonly key: string,
    storage: ChatStorage | null | undefined = defaultStorage(),
  ) {
    this.storage = storage ?? undefined;
    try {
      const parsed = JSON.parse(this.storage?.getItem(key) ?? 'null') as Saved | null;
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
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // storage blocked: nothing was kept there
    }
  }

  private write(): void {
    try {
      this.storage?.setItem(this.key, JSON.stringify(this.saved));
    } catch {
      // Quota exceeded (a large attachment): the message is still kept in memory and sent.
    }
  }
}
