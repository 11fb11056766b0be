/**
 * The contract between `<ger-live-chat>` and a chat backend. Ger ships a WebSocket transport
 * for its reference server (websocket-transport.ts); an agency can connect its own backend by
 * implementing this interface and setting the element's `transport` property.
 */

export type ChatSender = 'user' | 'agent' | 'bot' | 'system';

/** A file sent with a message: an image or a PDF, base64 in `data`. */
export interface ChatAttachment {
  name: string;
  type: string;
  size?: number;
  data: string;
}

/** A service the instant-answers bot suggests. */
export interface ChatServiceLink {
  id: string;
  title: string;
  url?: string;
}

/** A message as the server stored it: `seq` orders it within the conversation. */
export interface ChatMessage {
  /** Client-generated for the user's own messages: echoes are matched by it, never by text. */
  id: string;
  seq: number;
  from: ChatSender;
  text: string;
  /** ISO 8601 time the server stored it. */
  at: string;
  attachment?: ChatAttachment;
  services?: ChatServiceLink[];
  /** Set on a message left while no agent was available. */
  ticket?: boolean;
  reference?: string;
  agent?: string;
}

/** A message the user wrote, waiting in the outbox until the server acknowledges it. */
export interface OutgoingMessage {
  id: string;
  text: string;
  /** ISO 8601 time the user sent it. */
  at: string;
  attachment?: ChatAttachment;
  /** A message left for later while no agent is online: the server answers with a reference number. */
  ticket?: boolean;
}

export type Availability = { status: 'online' } | { status: 'busy'; queue: number } | { status: 'offline'; hours?: string };

/**
 * `refused`: the server takes no more connections to this conversation (it is open in too many
 * tabs). Retrying on a timer cannot help until the user closes one, so the transport waits for
 * the page to be focused again before it tries.
 */
export type ConnectionState = 'connecting' | 'open' | 'closed' | 'refused';

/**
 * Why a message was refused: too long or too big, an attachment of a type not allowed (or
 * whose content is not what its type says), more files than the conversation may hold, or a full
 * queue of conversations waiting for an agent.
 */
export type RejectCode = 'too-large' | 'bad-attachment' | 'quota' | 'queue-full';

export interface ChatLimits {
  /** Characters in one message. */
  text: number;
  /** Bytes in one attachment. */
  attachment: number;
}

export type ChatEvent =
  | { type: 'connection'; state: ConnectionState }
  | { type: 'welcome'; limits: ChatLimits; reference?: string; fresh: boolean }
  | { type: 'availability'; availability: Availability }
  | { type: 'message'; message: ChatMessage }
  | { type: 'ack'; id: string; seq: number; reference?: string }
  | { type: 'delivered'; upTo: number }
  | { type: 'typing'; on: boolean }
  | { type: 'rejected'; id: string; code: RejectCode; limit?: number }
  /** The conversation ended and this device forgot it (here, or in another tab). */
  | { type: 'forgotten' };

/** Pre-chat details, sent when the conversation starts. */
export interface ChatProfile {
  name?: string;
  topic?: string;
  lang?: string;
}

export interface ChatTransport {
  /**
   * Opens the connection (and keeps it open, reconnecting as needed). Safe to call again. When the
   * browser goes `offline` it reports the connection `closed` at once (the widget then says so and
   * that messages wait), and on `online` it reconnects without waiting for its backoff.
   */
  connect(profile?: ChatProfile): void;
  /** Closes the connection for good. Messages still in the outbox stay there for next time. */
  disconnect(): void;
  /** Queues a message. It reaches the server exactly once, across reconnects and reloads. */
  send(message: OutgoingMessage): void;
  /** Tells the agent the user is (or stopped) typing. Not queued: lost when offline. */
  setTyping(on: boolean): void;
  /** Messages queued and not yet acknowledged, oldest first (survive a reload). */
  pending(): OutgoingMessage[];
  /** True when this browser already has a conversation with the server (no pre-chat form then). */
  hasConversation(): boolean;
  /**
   * Ends the conversation and forgets this device: the server revokes the conversation's token,
   * and the token and unsent messages leave local storage. Optional for other backends; without
   * it the widget only clears what it shows.
   */
  forget?(): Promise<void>;
  /** Listens to everything the transport reports; returns the function that stops listening. */
  subscribe(listener: (event: ChatEvent) => void): () => void;
}

/** The largest attachment the widget sends unless told otherwise (`max-attachment-size`): 1 MiB. */
export const DEFAULT_MAX_ATTACHMENT_SIZE = 1024 * 1024;

/** What a `ChatTransport` must have: a value set from a script is checked for it before use. */
const TRANSPORT_METHODS = ['connect', 'disconnect', 'send', 'setTyping', 'pending', 'hasConversation', 'subscribe'] as const;

/** Whether `value` has every method of a `ChatTransport`. */
export function isChatTransport(value: unknown): value is ChatTransport {
  return typeof value == 'object' && value !== null && TRANSPORT_METHODS.every((method) => typeof (value as Record<string, unknown>)[method] == 'function');
}

/** A client-generated message id: random, URL-safe, unique without asking the server. */
export function newMessageId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
