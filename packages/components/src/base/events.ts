/**
 * Every event Ger fires, in one place, so listeners are typed in plain TypeScript:
 * `banner.addEventListener('ger-dismiss', (event) => event.detail ...)`.
 * Native names (`click`, `input`, `change`) are used where the behaviour is native.
 */
export interface GerEventDetails {
  /** A dismissible element is about to close; cancel it with `preventDefault()`. */
  'ger-dismiss': { reason: 'user' | 'api' };
  /** Live chat: the panel opened or closed. */
  'ger-toggle': { open: boolean };
}

export type GerEventName = keyof GerEventDetails;
export type GerEvent<K extends GerEventName> = CustomEvent<GerEventDetails[K]>;

declare global {
  interface HTMLElementEventMap {
    'ger-dismiss': GerEvent<'ger-dismiss'>;
    'ger-toggle': GerEvent<'ger-toggle'>;
  }
}
