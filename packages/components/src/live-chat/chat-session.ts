import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type {
  Availability,
  ChatEvent,
  ChatLimits,
  ChatMessage,
  ChatProfile,
  ChatTransport,
  ConnectionState,
  OutgoingMessage,
  RejectCode,
} from './chat-transport.js';

export type OwnState = 'sending' | 'sent' | 'delivered' | 'failed';

/** A message as the widget shows it: the user's own carry their state. */
/** What the session asks its panel to say: a refused message, a reference number, typing, a forgotten conversation, a dropped connection and its return, a connection refused as one too many. */
export type ChatNoticeKind = 'rejected' | 'reference' | 'typing' | 'forgotten' | 'disconnected' | 'reconnected' | 'refused';

export interface ChatEntry extends Omit<ChatMessage, 'seq'> {
  seq?: number;
  state?: OwnState;
  /** Why the server (or the transport, before sending) refused it. */
  error?: RejectCode;
  limit?: number;
}

interface SessionHost extends ReactiveControllerHost {
  /** Called for each incoming message (agent or bot), live, not for replayed history. */
  chatIncoming(entry: ChatEntry, live: boolean): void;
  /** Called when something should be announced politely (a failure, a reference number). */
  chatNotice(kind: ChatNoticeKind, entry?: ChatEntry): void;
}

/**
 * Keeps the conversation for `<ger-live-chat>`: listens to the transport and turns its events
 * into the entries, states and status the panel renders. Echoes are matched by message id.
 */
export class ChatSession implements ReactiveController {
  /**
   * A message still unacknowledged this long on an open connection shows as failed, with a retry
   * (it stays queued). While the connection is down it is waiting, not failed: the status line says
   * so, and the transport sends it when the connection is back.
   */
  static stalledAfterMs = 15_000;

  entries: ChatEntry[] = [];
  availability?: Availability;
  connection: ConnectionState = 'closed';
  limits?: ChatLimits;
  reference?: string;
  agentTyping = false;
  started = false;
  /** A drop was said, so the return will be too. */
  private dropped = false;
  private deliveredUpTo = 0;
  /** When the connection last opened: a message waiting from before has had its chance only since. */
  private openedAt = 0;
  private unsubscribe?: () => void;
  private typingTimer?: ReturnType<typeof setTimeout>;
  private stallTimer?: ReturnType<typeof setInterval>;
  private transport?: ChatTransport;

  constructor(private readonly host: SessionHost) {
    host.addController(this);
  }

  /** Switches to `transport` (or none); messages still in its outbox show as sending. */
  use(transport: ChatTransport | undefined): void {
    if (transport === this.transport) return;
    this.unsubscribe?.();
    this.transport?.disconnect();
    this.transport = transport;
    this.entries = [];
    this.started = false;
    this.dropped = false;
    if (!transport) return;
    this.unsubscribe = transport.subscribe((event) => this.on(event));
    for (const message of transport.pending()) this.entries.push(this.ownEntry(message));
    // An earlier conversation or unsent messages: reconnect at once, even with the panel closed.
    if (transport.hasConversation() || this.entries.length) this.start();
    this.host.requestUpdate();
  }

  get hasConversation(): boolean {
    return this.started || Boolean(this.transport?.hasConversation());
  }

  start(profile?: ChatProfile): void {
    this.started = true;
    this.transport?.connect(profile);
  }

  send(message: OutgoingMessage): void {
    if (!this.transport) return;
    this.entries = [...this.entries.filter((e) => e.id !== message.id), this.ownEntry(message)];
    this.transport.send(message);
    this.host.requestUpdate();
  }

  /** Sends a failed message again: one the transport still holds goes out on a new connection. */
  retry(entry: ChatEntry): void {
    if (!this.transport) return;
    const { id, text, at, attachment, ticket } = entry;
    if (this.transport.pending().some((m) => m.id === id)) {
      this.transport.disconnect();
      this.transport.connect();
      this.update(id, { state: 'sending', at: new Date().toISOString() });
    } else {
      this.send({ id, text, at, attachment, ticket });
    }
  }

  /** Takes a refused message out of the conversation (the user edits it and sends it anew). */
  discard(id: string): void {
    this.entries = this.entries.filter((e) => e.id !== id);
    this.host.requestUpdate();
  }

  /** Ends the conversation and forgets this device (see ChatTransport.forget). */
  async forget(): Promise<void> {
    const transport = this.transport;
    if (transport?.forget) await transport.forget();
    else {
      transport?.disconnect();
      this.reset();
    }
  }

  /** Back to no conversation: what a fresh visit sees. */
  private reset(): void {
    clearTimeout(this.typingTimer);
    this.entries = [];
    this.started = false;
    this.reference = undefined;
    this.availability = undefined;
    this.agentTyping = false;
    this.deliveredUpTo = 0;
    this.dropped = false;
    this.connection = 'closed';
    this.host.chatNotice('forgotten');
    this.host.requestUpdate();
  }

  typing(on: boolean): void {
    this.transport?.setTyping(on);
  }

  hostConnected(): void {
    this.stallTimer = setInterval(() => this.markStalled(), Math.min(1000, ChatSession.stalledAfterMs));
  }

  hostDisconnected(): void {
    clearInterval(this.stallTimer);
  }

  private ownEntry(message: OutgoingMessage): ChatEntry {
    return { ...message, from: 'user', state: 'sending' };
  }

  private markStalled(): void {
    if (this.connection !== 'open') return;
    const now = Date.now();
    for (const entry of this.entries) {
      if (entry.state === 'sending' && now - Math.max(Date.parse(entry.at), this.openedAt) > ChatSession.stalledAfterMs) {
        this.update(entry.id, { state: 'failed' });
        this.host.requestUpdate();
      }
    }
  }

  private update(id: string, change: Partial<ChatEntry>): ChatEntry | undefined {
    const index = this.entries.findIndex((e) => e.id === id);
    if (index === -1) return undefined;
    const entry = { ...this.entries[index], ...change };
    this.entries = this.entries.map((e, i) => (i === index ? entry : e));
    return entry;
  }

  private sort(): void {
    // Stored messages in server order; the ones still in the outbox after them, as written.
    this.entries = [...this.entries].sort((a, b) => (a.seq ?? Infinity) - (b.seq ?? Infinity));
  }

  private ownStateFor(seq: number): OwnState {
    return seq <= this.deliveredUpTo ? 'delivered' : 'sent';
  }

  private on(event: ChatEvent): void {
    switch (event.type) {
      case 'connection':
        // A drop mid-conversation is said as well as shown (a screen reader does not hear the status
        // line by itself), and so is its return: a reader told of the drop must hear that it is over.
        if (event.state === 'refused') {
          // Its end is said too ("connection restored"), as a drop's is.
          this.dropped = true;
          this.host.chatNotice('refused');
        } else if (this.connection === 'open' && event.state !== 'open' && this.started) {
          this.dropped = true;
          this.host.chatNotice('disconnected');
        } else if (event.state === 'open' && this.dropped) {
          this.dropped = false;
          this.host.chatNotice('reconnected');
        }
        if (event.state === 'open') this.openedAt = Date.now();
        this.connection = event.state;
        break;
      case 'welcome':
        this.limits = event.limits;
        this.reference = event.reference ?? this.reference;
        if (event.fresh) this.entries = this.entries.filter((e) => e.seq === undefined);
        break;
      case 'availability':
        this.availability = event.availability;
        break;
      case 'message': {
        const { message } = event;
        if (this.entries.some((e) => e.id === message.id)) {
          const own = message.from === 'user';
          this.update(message.id, { ...message, ...(own ? { state: this.ownStateFor(message.seq), error: undefined } : {}) });
        } else {
          const entry: ChatEntry = message.from === 'user' ? { ...message, state: this.ownStateFor(message.seq) } : { ...message };
          this.entries = [...this.entries, entry];
          if (message.from !== 'user') {
            this.agentTyping = false;
            this.host.chatIncoming(entry, Date.now() - Date.parse(message.at) < 60_000);
          }
        }
        this.sort();
        break;
      }
      case 'ack': {
        const current = this.entries.find((e) => e.id === event.id);
        if (current && current.state !== 'delivered') this.update(event.id, { seq: event.seq, state: this.ownStateFor(event.seq) });
        if (event.reference && event.reference !== this.reference) {
          this.reference = event.reference;
          this.host.chatNotice('reference');
        }
        this.sort();
        break;
      }
      case 'delivered':
        this.deliveredUpTo = Math.max(this.deliveredUpTo, event.upTo);
        this.entries = this.entries.map((e) => (e.from === 'user' && e.seq !== undefined && e.seq <= event.upTo ? { ...e, state: 'delivered' } : e));
        break;
      case 'typing':
        clearTimeout(this.typingTimer);
        this.agentTyping = event.on;
        // A lost "stopped typing" must not leave the indicator on forever.
        if (event.on) {
          this.typingTimer = setTimeout(() => {
            this.agentTyping = false;
            this.host.requestUpdate();
          }, 8000);
          this.host.chatNotice('typing');
        }
        break;
      case 'forgotten':
        this.reset();
        return;
      case 'rejected': {
        const entry = this.update(event.id, { state: 'failed', error: event.code, limit: event.limit });
        if (entry) this.host.chatNotice('rejected', entry);
        break;
      }
    }
    this.host.requestUpdate();
  }
}
