import { html, nothing } from 'lit';
import { property, query, state } from '../base/decorators.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import { requestLookupStrings } from '../locales/request-lookup.js';
import { actionStyles } from '../styles/action.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { warnOnce } from '../utils/warn.js';
import { fieldPartStyles } from '../styles/field.styles.js';
import { inputStyles } from '../styles/input.styles.js';
import { requestLookupStyles } from './request-lookup.styles.js';

/** Two letters, the year and six digits: EM-2026-004817. */
export const DEFAULT_REFERENCE_PATTERN = '[A-Z]{2}-\\d{4}-\\d{6}';

/** Cyrillic capitals that look like Latin ones: typed on a Mongolian keyboard, they look right and are not. */
const LOOK_ALIKES: Record<string, string> = { А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X' };

/**
 * What people type, made into a reference number: spaces out, capitals, any dash a hyphen; and
 * Cyrillic look-alikes as Latin letters when only that makes it match.
 */
export function normalizeReference(value: string, format: RegExp): string {
  const typed = value
    .normalize('NFKC')
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
  if (format.test(typed)) return typed;
  const latin = typed.replace(/[АВЕКМНОРСТУХ]/g, (letter) => LOOK_ALIKES[letter]);
  return format.test(latin) ? latin : typed;
}

type LookupError = '' | 'empty' | 'invalid';

/**
 * @tagname ger-request-lookup
 * @summary Finds a request or complaint by its reference number, with the format checked and every error said plainly.
 *
 * A search landmark with a labelled field, an example of the format and a button. On submit the
 * number is tidied (spaces, lower case, Cyrillic look-alike letters) and checked against
 * `pattern`; a valid one fires `ger-lookup`. The page looks it up and shows a
 * `ger-status-tracker`, or sets `not-found`. Errors are tied to the field and announced; focus
 * stays in the field.
 *
 * @csspart form - The form.
 * @csspart input - The field.
 * @csspart error - The error message.
 * @csspart button - The submit button.
 *
 * @fires ger-lookup - A reference number in the right format was submitted.
 */
export class GerRequestLookup extends GerElement {
  static override styles = [...sharedStyles, actionStyles, fieldPartStyles, inputStyles, requestLookupStyles];
  static override strings = requestLookupStrings;

  /** The format, as in an `<input pattern>`: the whole number must match. */
  @property() pattern = DEFAULT_REFERENCE_PATTERN;

  /** An example in that format, shown under the label and in errors. */
  @property() example = 'EM-2026-004817';

  /** The reference number in the field. */
  @property() value = '';

  /** Set by the page when no request has this number: the field shows so. Cleared by the next edit. */
  @property({ type: Boolean, reflect: true, attribute: 'not-found' }) notFound = false;

  @state() private error: LookupError = '';

  @query('input') private input?: HTMLInputElement;

  private get format(): RegExp {
    try {
      return new RegExp(`^(?:${this.pattern})$`, 'u');
    } catch {
      warnOnce(`<ger-request-lookup> pattern="${this.pattern.slice(0, 60)}" is not a valid regular expression; using ${DEFAULT_REFERENCE_PATTERN}.`);
      return new RegExp(`^(?:${DEFAULT_REFERENCE_PATTERN})$`, 'u');
    }
  }

  private submit(event: SubmitEvent) {
    event.preventDefault();
    const format = this.format;
    const reference = normalizeReference(this.input?.value ?? '', format);
    this.value = reference;
    this.notFound = false;
    this.error = !reference ? 'empty' : format.test(reference) ? '' : 'invalid';
    if (this.error) this.input?.focus();
    else this.emit('ger-lookup', { reference });
  }

  private edit() {
    this.value = this.input?.value ?? '';
    this.notFound = false;
  }

  private get message(): string {
    if (this.error === 'empty') return this.localize.term('lookupEmpty');
    if (this.error === 'invalid') return this.localize.term('lookupInvalid', { example: this.example });
    return this.notFound ? this.localize.term('lookupNotFound', { reference: this.value }) : '';
  }

  override render() {
    const message = this.message;
    return html`<form part="form" role="search" aria-label=${this.localize.term('lookupTitle')} novalidate @submit=${this.submit}>
      <div class="field ${message ? 'invalid' : ''}">
        <label class="label" for="reference">${this.localize.term('lookupLabel')}</label>
        <div class="hint" id="hint">${this.localize.term('lookupHint', { example: this.example })}</div>
        <div id="error" aria-live="polite">
          ${message ? html`<p part="error" class="error"><span class="visually-hidden">${this.localize.term('errorPrefix')}</span> ${message}</p>` : nothing}
        </div>
        <div class="row">
        <input
          part="input"
          class="input focusable"
          id="reference"
          name="reference"
          .value=${this.value}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          aria-describedby="hint error"
          aria-invalid=${message ? 'true' : nothing}
          @input=${this.edit}
        />
        <button part="button" class="action focusable" type="submit">${this.localize.term('lookupSubmit')}</button>
        </div>
      </div>
    </form>`;
  }
}

defineElement('ger-request-lookup', GerRequestLookup);

declare global {
  interface HTMLElementTagNameMap {
    'ger-request-lookup': GerRequestLookup;
  }
}
