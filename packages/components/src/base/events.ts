/**
 * Every event Ger fires, in one place, so listeners are typed in plain TypeScript:
 * `banner.addEventListener('ger-dismiss', (event) => event.detail ...)`.
 * Native names (`click`, `input`, `change`) are used where the behaviour is native.
 */
// Only types without imports of their own: every element imports this file through GerElement.
import type { PreferencesChangeDetail } from '../preferences/model.js';
import type { FieldValue } from './field-value.js';

/**
 * What the detail of an event carries when the page does the network call for the element (sends
 * the feedback, looks the number up): `waitUntil`, as in the platform's `ExtendableEvent`.
 */
export interface WaitUntil {
  /**
   * Tells the element that the page is working on this event, and how it ends: call it while the
   * event is dispatched, with the promise of that work. Meanwhile the element says it is busy; a
   * promise that rejects, or that resolves to a response that is not ok (`fetch` resolves on an
   * HTTP error), is a failure the element tells the reader about, keeping what they gave for a
   * retry. A promise unsettled after 20 s is still waited for, and the reader is told it is taking
   * long and may try again (the event fires again); the first success counts, however late. A page
   * that never calls it is trusted to have done the work.
   */
  waitUntil(work: PromiseLike<unknown>): void;
}

/** The answers of ger-feedback. */
export interface FeedbackAnswers {
  helpful: boolean;
  rating: number | null;
  comment: string;
  service: string;
}

export interface GerEventDetails {
  /** A dismissible element is about to close; cancel it with `preventDefault()`. */
  'ger-dismiss': { reason: 'user' | 'api' };
  /**
   * A dialog closed. `returnValue` is the action's value: 'confirm' or 'cancel' for a confirm
   * dialog, a slotted action's `data-ger-close`, and 'cancel' for Escape, the close button and a
   * backdrop click.
   */
  'ger-close': { returnValue: string };
  /** The reader chose in the consent banner; `version` is the policy version the choice is for. */
  'ger-consent-change': { choice: 'accepted' | 'rejected'; version: string };
  /** Live chat's panel, an accordion section or a details element opened or closed. */
  'ger-toggle': { open: boolean };
  /** Tabs: the reader chose another tab. `index` counts from 0; `id` is its panel's id, if it has one. */
  'ger-tab-change': { index: number; id: string; label: string };
  /** The display settings changed (fired on the root element by the preferences store). */
  'ger-preferences-change': PreferencesChangeDetail;

  // Forms
  /** A multi-step form moved to another step. `step` counts from 1 among the steps shown. */
  'ger-step-change': { step: number; total: number; heading: string };
  /**
   * A multi-step form is complete and valid: the whole application as FormData and as JSON.
   * Cancel it with `preventDefault()` to send it yourself; the draft is then kept until you call
   * `clearDraft()`. Not cancelled, the draft is cleared and an enclosing `<form>` is submitted.
   */
  'ger-submit': { formData: FormData; json: Record<string, FieldValue> };
  // Page shell, request tracking and feedback
  /** A language link was chosen; cancel it with `preventDefault()` to switch without loading the page. */
  'ger-language-select': { lang: string; href: string };
  /**
   * A reference number in a valid format was submitted, normalized (upper case, Latin letters).
   * Pass the lookup's promise to `waitUntil`: a failure shows "could not check" with a retry, a
   * response with status 404 shows "not found".
   */
  'ger-lookup': { reference: string } & WaitUntil;
  /** Feedback on a service was sent. Pass the request's promise to `waitUntil`: the reader is thanked once it succeeds. */
  'ger-feedback': FeedbackAnswers & WaitUntil;
  /** The user asks for the live chat (ger-service-catalog's help); cancel it to open the chat in the page. */
  'ger-chat-request': { query: string };
  /** A summary list's action ("Change") was chosen; cancel it to handle it in the page instead of following `href`. */
  'ger-summary-action': { key: string; href: string };
  /** A back link without `href` is about to go back in history; cancel it to go back your app's own way. */
  'ger-back': Record<string, never>;
  /** ger-table is about to sort by a column (counting from 0); cancel it to sort the rows yourself. */
  'ger-sort': { column: number; label: string; direction: 'ascending' | 'descending' };
  /** ger-pagination: a page was chosen; cancel it to stay (or, with links, to load the page yourself). */
  'ger-page-change': { page: number; pages: number };
}

export type GerEventName = keyof GerEventDetails;
export type GerEvent<K extends GerEventName> = CustomEvent<GerEventDetails[K]>;
export type GerEventMap = { [K in GerEventName]: GerEvent<K> };

/**
 * A native event (`input`, `change`, `click`) as a listener on the element `E` gets it:
 * `currentTarget` is the element, so `event.currentTarget.value` is typed. (`target` may be an
 * element inside it, as for `change` from a group's options.) The framework types (`@ger/react`,
 * `@ger/components/vue`, `@ger/components/jsx`) type native event listeners with it.
 */
export type GerNativeEvent<E extends EventTarget, Base extends Event = Event> = Base & { readonly currentTarget: E };

// Ger events bubble and are composed, so listeners on elements and on the document are typed.
declare global {
  interface HTMLElementEventMap extends GerEventMap {}
  interface DocumentEventMap extends GerEventMap {}
}
