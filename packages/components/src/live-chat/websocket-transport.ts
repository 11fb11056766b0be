import { warnOnce } from '../utils/warn.js';
import type { ChatEvent, ChatLimits, ChatProfile, ChatTransport, OutgoingMessage } from './chat-transport.js';
import { type ChatStorage, chatStorageKey, Outbox } from './outbox.js';

export interface WebSocketTransportOptions {
  /** The server's WebSocket URL, e.g. `wss://chat.example.mn/chat`. */
  url: string;
  /** Where the outbox and token live; localStorage by default, `null` for memory only. */
  storage?: ChatStorage | null;
  /** Storage key; one per server by default. */
  storageKey?: string;
  /** The WebSocket class (the browser's by default; `ws` in Node). */
  WebSocket?: { new (url: string): WebSocket };
  /** Reconnect delays: the first and the longest, in ms (500 and 30,000). */
  backoff?: { base?: number; max?: number };
  /** A ping every so many ms; a connection silent for two of them is dead (15,000). */
  heartbeatMs?: number;
  random?: () => number;
}

/**
 * The delay before reconnect attempt `attempt` (0-based): exponential, capped, with jitter so
 * that a thousand clients dropped at once do not come back at the same instant.
 */
export function backoffDelay(attempt: number, base: number, max: number, random = Math.random): number {
  const capped = Math.min(max, base * 2 ** Math.min(attempt, 20));
  return Math.round(capped / 2 + (random() * capped) / 2);
}

/** `/chat` on the page's own server becomes `ws(s)://host/chat`; absolute URLs stay as written. */
export function resolveSocketUrl(url: string): string {
  if (/^wss?:/i.test(url) || !globalThis.location) return url;
  const resolved = new URL(url, globalThis.location.href);
  resolved.protocol = resolved.protocol === 'https:' ? 'wss:' : 'ws:';
  return resolved.href;
}

const OPEN = 1;
const RETRY_AFTER_LIMIT_MS = 1000;
/** The server's close code for one connection too many to a conversation (docs/chat-protocol.md). */
const TOO_MANY_CONNECTIONS = 4409;

/** How long "forget this device" waits for the server to confirm before it gives up on it. */
const FORGET_TIMEOUT_MS = 5000;

/**
 * Ger's WebSocket transport for the reference chat server (docs/chat-protocol.md): reconnects
 * with exponential backoff and jitter, sends heartbeats, resumes from the last sequence number
 * it saw, and sends the persisted outbox one message at a time, so every message arrives once
 * and in order.
 */
export class WebSocketTransport implements ChatTransport {
  private readonly outbox: Outbox;
  private readonly listeners = new Set<(event: ChatEvent) => void>();
  private socket?: WebSocket;
  private wanted = false;
  private welcomed = false;
  /** The server refused this connection as one too many: no retries until the page is focused. */
  private refused = false;
  private attempt = 0;
  private lastSeq = 0;
  private inFlight?: string;
  private profile: ChatProfile = {};
  private limits?: ChatLimits;
  private lastHeard = 0;
  private reconnectTimer?: ReturnType<typeof setTimeout>;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private heartbeatTimer?: ReturnType<typeof setInterval>;
  /**
   * The browser says the device went offline: the socket is dead, though it may take the heartbeat
   * half a minute to notice, and the user would be told nothing meanwhile. Dropped at once, the
   * widget says the connection is lost and that messages wait in the outbox; attempts go on in
   * case the browser is wrong, and `online` brings the next one forward.
   */
  private readonly onOffline = () => this.wanted && this.lost();
  private readonly onOnline = () => this.reconnectNow();
  /** Back to this tab, perhaps after closing another: one more try. */
  private readonly onFocus = () => this.refused && this.reconnectNow();

  constructor(private readonly options: WebSocketTransportOptions) {
    this.outbox = new Outbox(options.storageKey ?? chatStorageKey(options.url), options.storage);
  }

  connect(profile: ChatProfile = {}): void {
    this.profile = { ...this.profile, ...profile };
    if (this.wanted) return;
    this.wanted = true;
    globalThis.addEventListener?.('online', this.onOnline);
    globalThis.addEventListener?.('offline', this.onOffline);
    globalThis.addEventListener?.('focus', this.onFocus);
    this.open();
  }

  disconnect(): void {
    this.wanted = false;
    globalThis.removeEventListener?.('online', this.onOnline);
    globalThis.removeEventListener?.('offline', this.onOffline);
    globalThis.removeEventListener?.('focus', this.onFocus);
    clearTimeout(this.reconnectTimer);
    this.drop();
  }

  send(message: OutgoingMessage): void {
    this.outbox.add(message);
    this.flush();
  }

  setTyping(on: boolean): void {
    if (this.welcomed) this.write({ type: 'typing', on });
  }

  async forget(): Promise<void> {
    const token = this.outbox.token;
    this.disconnect();
    // Local storage first: whatever happens on the network, this device keeps nothing.
    this.outbox.clear();
    this.lastSeq = 0;
    this.profile = {};
    this.emit({ type: 'forgotten' });
    if (token) await this.revoke(token);
  }

  /**
   * Asks the server to revoke `token` over a short-lived connection of its own. Offline, the
   * token cannot be revoked now; it still expires on the server after its idle period.
   */
  private revoke(token: string): Promise<void> {
    const Socket = this.options.WebSocket ?? globalThis.WebSocket;
    return new Promise((resolve) => {
      let socket: WebSocket | undefined;
      const done = () => {
        clearTimeout(timer);
        if (socket) socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
        try {
          socket?.close();
        } catch {
          // already closed
        }
        resolve();
      };
      const timer = setTimeout(done, FORGET_TIMEOUT_MS);
      try {
        socket = new Socket(resolveSocketUrl(this.options.url));
      } catch {
        return done();
      }
      socket.onopen = () => socket?.send(JSON.stringify({ type: 'hello', v: 1, token }));
      socket.onmessage = (event: MessageEvent) => {
        const type = (() => {
          try {
            return JSON.parse(String(event.data)).type;
          } catch {
            return undefined;
          }
        })();
        // A welcome with another token means this one is already gone; nothing to revoke.
        if (type === 'welcome') socket?.send(JSON.stringify({ type: 'forget' }));
        if (type === 'forgotten') done();
      };
      socket.onclose = done;
      socket.onerror = done;
    });
  }

  pending(): OutgoingMessage[] {
    return this.outbox.items();
  }

  hasConversation(): boolean {
    return Boolean(this.outbox.token);
  }

  subscribe(listener: (event: ChatEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: ChatEvent): void {
    this.listeners.forEach((listener) => listener(event));
  }

  private open(): void {
    const Socket = this.options.WebSocket ?? globalThis.WebSocket;
    this.refused = false;
    this.emit({ type: 'connection', state: 'connecting' });
    let socket: WebSocket;
    try {
      socket = new Socket(resolveSocketUrl(this.options.url));
    } catch (error) {
      warnOnce(`live chat: cannot connect to ${this.options.url}: ${(error as Error).message}`);
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      this.lastHeard = Date.now();
      this.write({ type: 'hello', v: 1, token: this.outbox.token, after: this.lastSeq, ...this.profile });
      this.startHeartbeat();
    };
    socket.onmessage = (event: MessageEvent) => {
      this.lastHeard = Date.now();
      this.receive(event.data);
    };
    socket.onclose = (event: CloseEvent) => {
      if (this.socket !== socket) return;
      if (event.code === TOO_MANY_CONNECTIONS) this.refuse();
      else this.lost();
    };
  }

  /** Forgets the socket at once (a dead one may take minutes to report its close). */
  private drop(): void {
    const socket = this.socket;
    this.socket = undefined;
    this.welcomed = false;
    this.inFlight = undefined;
    clearInterval(this.heartbeatTimer);
    clearTimeout(this.retryTimer);
    if (socket) {
      socket.onopen = socket.onmessage = socket.onclose = null;
      try {
        socket.close();
      } catch {
        // already closing
      }
      this.emit({ type: 'connection', state: 'closed' });
    }
  }

  private lost(): void {
    this.drop();
    this.scheduleReconnect();
  }

  /** One connection too many: said, and not retried on a timer (see `onFocus`). */
  private refuse(): void {
    this.drop();
    this.refused = true;
    this.emit({ type: 'connection', state: 'refused' });
  }

  private scheduleReconnect(): void {
    if (!this.wanted || this.refused) return;
    clearTimeout(this.reconnectTimer);
    const { base = 500, max = 30_000 } = this.options.backoff ?? {};
    const delay = backoffDelay(this.attempt, base, max, this.options.random);
    this.attempt += 1;
    this.reconnectTimer = setTimeout(() => this.open(), delay);
  }

  /**
   * Back online: connects now rather than when the backoff timer says (up to 30 s away after a
   * few failed attempts offline), from the first delay again. An attempt begun while offline is
   * abandoned for a fresh one; a connection the server has welcomed is kept.
   */
  private reconnectNow(): void {
    if (!this.wanted || this.welcomed) return;
    this.drop();
    clearTimeout(this.reconnectTimer);
    this.attempt = 0;
    this.open();
  }

  private startHeartbeat(): void {
    const every = this.options.heartbeatMs ?? 15_000;
    clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = setInterval(() => {
      if (Date.now() - this.lastHeard > every * 2) this.lost();
      else this.write({ type: 'ping', t: Date.now() });
    }, every);
  }

  private write(frame: object): boolean {
    if (this.socket?.readyState !== OPEN) return false;
    this.socket.send(JSON.stringify(frame));
    return true;
  }

  /** Sends the oldest unacknowledged message, and only one at a time, so order is kept. */
  private flush(): void {
    if (!this.welcomed || this.inFlight) return;
    const head = this.outbox.head();
    if (!head) return;
    const tooLarge = this.limits && this.oversized(head, this.limits);
    if (tooLarge) {
      this.outbox.remove(head.id);
      this.emit({ type: 'rejected', id: head.id, code: 'too-large', limit: tooLarge });
      this.flush();
      return;
    }
    if (this.write({ type: 'send', ...head })) this.inFlight = head.id;
  }

  /** The limit a message breaks, if it breaks one: checked here so it never costs a round trip. */
  private oversized(message: OutgoingMessage, limits: ChatLimits): number | undefined {
    if (message.text.trim().length > limits.text) return limits.text;
    const data = message.attachment?.data;
    if (data && (data.length * 3) / 4 > limits.attachment + 2) return limits.attachment;
    return undefined;
  }

  private settle(id: string): void {
    this.outbox.remove(id);
    if (this.inFlight === id) this.inFlight = undefined;
  }

  private receive(data: unknown): void {
    let frame: Record<string, unknown>;
    try {
      frame = JSON.parse(String(data));
      if (!frame || typeof frame.type !== 'string') throw new Error('no type');
    } catch {
      warnOnce('live chat: ignored a malformed frame from the server');
      return;
    }
    switch (frame.type) {
      case 'welcome': {
        const fresh = frame.token !== this.outbox.token;
        if (fresh) {
          this.outbox.token = String(frame.token);
          this.lastSeq = 0;
        }
        this.attempt = 0;
        this.welcomed = true;
        this.limits = frame.limits as ChatLimits;
        this.emit({ type: 'welcome', limits: this.limits, reference: frame.reference as string | undefined, fresh });
        this.emit({ type: 'connection', state: 'open' });
        if (frame.availability) this.emit({ type: 'availability', availability: frame.availability as never });
        this.flush();
        return;
      }
      case 'message': {
        const seq = Number(frame.seq);
        // A replay after reconnect repeats nothing: anything at or below lastSeq was seen.
        if (!Number.isInteger(seq) || seq <= this.lastSeq) return;
        this.lastSeq = seq;
        const { type: _type, ...message } = frame;
        if (message.from === 'user' && this.outbox.has(String(message.id))) {
          // The echo of a message whose ack was lost: it is stored, so it leaves the outbox.
          this.settle(String(message.id));
          this.emit({ type: 'ack', id: String(message.id), seq, reference: message.reference as string | undefined });
        }
        this.emit({ type: 'message', message: message as never });
        this.flush();
        return;
      }
      case 'ack':
        this.settle(String(frame.id));
        this.emit({ type: 'ack', id: String(frame.id), seq: Number(frame.seq), reference: frame.reference as string | undefined });
        this.flush();
        return;
      case 'error': {
        const id = String(frame.id ?? '');
        if (frame.code === 'rate-limited') {
          // Still in the outbox: send it again a moment later.
          if (this.inFlight === id) {
            this.retryTimer = setTimeout(() => {
              this.inFlight = undefined;
              this.flush();
            }, RETRY_AFTER_LIMIT_MS);
          }
          return;
        }
        if (frame.code === 'too-large' || frame.code === 'bad-attachment' || frame.code === 'quota' || frame.code === 'queue-full') {
          this.settle(id);
          this.emit({ type: 'rejected', id, code: frame.code, limit: frame.limit as number | undefined });
          this.flush();
        }
        return;
      }
      case 'availability': {
        const { type: _type, ...availability } = frame;
        this.emit({ type: 'availability', availability: availability as never });
        return;
      }
      case 'delivered':
        this.emit({ type: 'delivered', upTo: Number(frame.upTo) });
        return;
      case 'typing':
        this.emit({ type: 'typing', on: Boolean(frame.on) });
        return;
      case 'pong':
        return;
      case 'forgotten':
        // The conversation was ended from another tab of this browser: forget it here too.
        this.disconnect();
        this.outbox.clear();
        this.lastSeq = 0;
        this.emit({ type: 'forgotten' });
        return;
      default:
        warnOnce(`live chat: ignored a frame of unknown type "${String(frame.type).slice(0, 40)}"`);
    }
  }
}
