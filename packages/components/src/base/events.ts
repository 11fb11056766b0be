/**
 * Every event Ger fires, in one place, so listeners are typed in plain TypeScript:
 * `banner.addEventListener('ger-dismiss', (event) => event.detail ...)`.
 * Native names (`click`, `input`, `change`) are used where the behaviour is native.
 */
import type { PreferencesChangeDetail } from '../preferences/preferences.js';

export interface GerEventDetails {
  /** A dismissible element is about to close; cancel it with `preventDefault()`. */
  'ger-dismiss': { reason: 'user' | 'api' };
  /** Live chat: the panel opened or closed. */
  'ger-toggle': { open: boolean };
  /** The display settings changed (fired on the root element by the preferences store). */
  'ger-preferences-change': PreferencesChangeDetail;
  /** The user asks for the live chat (ger-service-catalog's help); cancel it to open the chat in the page. */
  'ger-chat-request': { query: string };
}

export type GerEventName = keyof GerEventDetails;
export type GerEvent<K extends GerEventName> = CustomEvent<GerEventDetails[K]>;
export type GerEventMap = { [K in GerEventName]: GerEvent<K> };

// Ger events bubble and are composed, so listeners on elements and on the document are typed.
declare global {
  interface HTMLElementEventMap extends GerEventMap {}
  interface DocumentEventMap extends GerEventMap {}
}
