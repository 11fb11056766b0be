import type { FieldValue } from './form-control.js';

/**
 * Every event Ger fires, in one place, so listeners are typed in plain TypeScript:
 * `banner.addEventListener('ger-dismiss', (event) => event.detail ...)`.
 * Native names (`click`, `input`, `change`) are used where the behaviour is native.
 */
export interface GerEventDetails {
  /** A dismissible element is about to close; cancel it with `preventDefault()`. */
  'ger-dismiss': { reason: 'user' | 'api' };

  // --- Forms (issue 5) ---
  /** A multi-step form moved to another step. `step` counts from 1 among the steps shown. */
  'ger-step-change': { step: number; total: number; heading: string };
  /**
   * A multi-step form is complete and valid: the whole application as FormData and as JSON.
   * Cancel it with `preventDefault()` to send it yourself; the draft is then kept until you call
   * `clearDraft()`. Not cancelled, the draft is cleared and an enclosing `<form>` is submitted.
   */
  'ger-submit': { formData: FormData; json: Record<string, FieldValue> };
}

export type GerEventName = keyof GerEventDetails;
export type GerEvent<K extends GerEventName> = CustomEvent<GerEventDetails[K]>;

declare global {
  interface HTMLElementEventMap {
    'ger-dismiss': GerEvent<'ger-dismiss'>;
    'ger-step-change': GerEvent<'ger-step-change'>;
    'ger-submit': GerEvent<'ger-submit'>;
  }
}
