/**
 * Every event Ger fires, in one place, so listeners are typed in plain TypeScript:
 * `banner.addEventListener('ger-dismiss', (event) => event.detail ...)`.
 * Native names (`click`, `input`, `change`) are used where the behaviour is native.
 */
export interface GerEventDetails {
  /** A dismissible element is about to close; cancel it with `preventDefault()`. */
  'ger-dismiss': { reason: 'user' | 'api' };
  /** The user asks for the live chat (ger-service-catalog's help); cancel it to open the chat in the page. */
  'ger-chat-request': { query: string };
}

export type GerEventName = keyof GerEventDetails;
export type GerEvent<K extends GerEventName> = CustomEvent<GerEventDetails[K]>;

declare global {
  interface HTMLElementEventMap {
    'ger-dismiss': GerEvent<'ger-dismiss'>;
    'ger-chat-request': GerEvent<'ger-chat-request'>;
  }
}
