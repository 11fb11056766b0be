import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import { requestLookupStrings } from '../locales/request-lookup.js';
import { actionStyles } from '../styles/action.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { termWithReference } from '../utils/reference.js';
import { warnOnce } from '../utils/warn.js';
import { fieldPartStyles } from '../styles/field-parts.styles.js';
import { inputStyles } from '../styles/input.styles.js';
import { requestLookupStyles } from './request-lookup.styles.js';
import { PageWork } from '../controllers/page-work.js';

/** Two letters, the year and six digits: EM-2026-004817. */
export const DEFAULT_REFERENCE_PATTERN = '[A-Z]{2}-\\d{4}-\\d{6}';

/**
 * Cyrillic capitals that look like Latin ones (typed on a Mongolian keyboard, they look right and
 * are not), and at the same place in the second string the Latin letter each stands for. The
 * pattern in `normalizeReference` lists the same letters (written out: 11 bytes less than built).
 */
const CYRILLIC = 'АВЕКМНОРСТУХ';
const LATIN = 'ABEKMHOPCTYX';
/**
 * The Latin letter a Mongolian writes for each Cyrillic capital from А to Х, at its place in the
 * alphabet (Й has none): a number typed on a Latin keyboard (ПА as PA) is read back. A letter
 * with no place here (C, Q, W, X, Y) becomes Џ, so that form matches no number.
 */
const TRANSLITERATION = 'ABVGDEJZI_KLMNOPRSTUFH';

/**
 * What people type, made into a reference number: spaces out, capitals, any dash a hyphen; and
 * Cyrillic look-alikes as Latin letters, or Latin letters as the Cyrillic they transliterate, when
 * only that makes it match. Spaces between the parts
 * ("ПА 2026 004817", as a number is read out) stand for hyphens when only that makes it match.
 */
export function normalizeReference(value: string, format: RegExp): string {
  const tidied = value
    .normalize('NFKC')
    .toUpperCase()
    .trim()
    .replace(/[\u2010-\u2015\u2212]/g, '-');
  const typed = [tidied.replace(/\s+/g, ''), tidied.replace(/\s*-\s*|\s+/g, '-')];
  const latin = typed.map((form) => form.replace(/[АВЕКМНОРСТУХ]/g, (letter) => LATIN[CYRILLIC.indexOf(letter)]));
  const cyrillic = typed.map((form) => form.replace(/[A-Z]/g, (letter) => String.fromCharCode(1040 + TRANSLITERATION.indexOf(letter))));
  return [...typed, ...latin, ...cyrillic].find((form) => format.test(form)) ?? typed[0];
}

type LookupError = '' | 'empty' | 'invalid';

/**
 * @tagname ger-request-lookup
 * @summary Finds a request or complaint by its reference number, with the format checked and every error said plainly.
 *
 * A search landmark with a labelled field, an example of the format and a button. On submit the
 * number is tidied (spaces, lower case, letters typed in the other alphabet) and checked against
 * `pattern`; a valid one fires `ger-lookup`. The page looks it up and shows a
 * `ger-status-tracker`, or sets `not-found`. Errors are tied to the field and announced; focus
 * stays in the field.
 *
 * The page passes the promise of its lookup to `event.detail.waitUntil()` while handling the
 * event. Meanwhile the element says it is checking; if the promise rejects, or resolves to a
 * response that is not ok, it says the number could not be checked (not that it does not exist),
 * with a button to try again, and looks it up again by itself when the browser comes back online.
 * A response with status 404 shows "not found", as `not-found` does.
 *
 * A lookup still unanswered after 20 seconds (stalled on a weak mobile link: `fetch` has no time
 * limit) is not given up, but the reader is told: the element says checking is taking long, with
 * the button to try again, which fires the event again for the same number. The first answer of
 * either lookup is shown, the first one's too when it arrives late, and a later one changes
 * nothing. Once the reader edits the number, no answer about the old one is shown; a page that
 * shows the result itself should likewise check that it answers the number now in the field.
 *
 * @csspart form - The form.
 * @csspart input - The field.
 * @csspart error - The error message.
 * @csspart button - The submit button.
 * @csspart retry - The button that tries a failed lookup again.
 *
 * @fires ger-lookup - A reference number in the right format was submitted: `{ reference }`, and `waitUntil(promise)` for the page's lookup.
 *
 * @cssprop --ger-button-border-width - Border of every button variant (transparent on filled ones, so sizes match and forced-colors mode shows an edge).
 * @cssprop --ger-button-font-weight - Button label weight.
 * @cssprop --ger-button-min-size - Minimum block and inline size of a button: the 44 px target.
 * @cssprop --ger-button-padding-block - Block padding.
 * @cssprop --ger-button-padding-inline - Inline padding.
 * @cssprop --ger-button-primary-background - Primary button fill.
 * @cssprop --ger-button-primary-background-hover - Primary button fill on hover.
 * @cssprop --ger-button-primary-foreground - Primary button label.
 * @cssprop --ger-button-quiet-foreground - Quiet button label: looks like a link, works like a button.
 * @cssprop --ger-button-quiet-foreground-hover - Quiet button label on hover.
 * @cssprop --ger-button-radius - Corner radius of buttons.
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-field-error - Error message text and the bar beside an invalid field: 4.5:1 as text on the page.
 * @cssprop --ger-field-error-bar-width - Bar on the inline-start edge of a field with an error.
 * @cssprop --ger-field-gap - Space between a field's label, hint, error message and control.
 * @cssprop --ger-field-hint - Hint text under a label.
 * @cssprop --ger-field-label-font-weight - Weight of field labels and group legends.
 * @cssprop --ger-field-width - Maximum width of the input (the `width` attribute sets it in characters).
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-mono - Codes, reference numbers and registration numbers.
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-font-weight-regular - Body text.
 * @cssprop --ger-input-background - Field background.
 * @cssprop --ger-input-border - Field border (3:1).
 * @cssprop --ger-input-border-invalid - Field border when invalid; always paired with an error message.
 * @cssprop --ger-input-border-width - Field border width.
 * @cssprop --ger-input-foreground - Typed text.
 * @cssprop --ger-input-min-size - Minimum block size of a field: the 44 px target.
 * @cssprop --ger-input-radius - Field corner radius.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-line-height-heading - Headings; leaves room for Cyrillic diacritics (Й, Ё) when lines wrap.
 * @cssprop --ger-line-height-tight - Single-line UI text: buttons, tags. Never for paragraphs.
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 *
 * @cssprop --ger-border-width-thin - Decorative dividers.
 * @cssprop --ger-duration-fast - Hover and press feedback.
 * @cssprop --ger-easing-standard - Movement within the page.
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerRequestLookup extends GerElement {
  static override styles = [...sharedStyles, actionStyles, fieldPartStyles, inputStyles, requestLookupStyles];
  static override properties: PropertyDeclarations = {
    pattern: {},
    example: {},
    value: {},
    notFound: { type: Boolean, reflect: true, attribute: 'not-found' },
    error: { state: true, attribute: false },
    submits: { state: true, attribute: false },
  };
  static override strings = requestLookupStrings;

  /** The format, as in an `<input pattern>`: the whole number must match. */
  pattern = DEFAULT_REFERENCE_PATTERN;

  /** An example in that format, shown under the label and in errors (marked `lang="mn"` when in Cyrillic, as the number not found is). */
  example = 'EM-2026-004817';

  /** The reference number in the field. */
  value = '';

  /** Set by the page when no request has this number: the field shows so. Cleared by the next edit. */
  notFound = false;

  private error: LookupError = '';

  /** Counts submits: each one renders its message afresh, so the same message is announced again. */
  private submits = 0;

  /** The page's lookup: checking, or failed (the network), retried when the browser is back online. */
  private readonly work = new PageWork(this, () => this.lookup());

  private get input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement>('input') ?? null;
  }

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
    this.submits++;
    const format = this.format;
    const reference = normalizeReference(this.input?.value ?? '', format);
    this.value = reference;
    this.notFound = false;
    this.error = !reference ? 'empty' : format.test(reference) ? '' : 'invalid';
    if (this.error) this.input?.focus();
    else this.lookup();
  }

  /** Fires `ger-lookup` for the number in the field and shows how the page's lookup ended. */
  private lookup() {
    // A failure left from before the reader typed a wrong number is not looked up again with it.
    if (this.error) return;
    this.work.run(
      { reference: this.value },
      (detail) => this.emit('ger-lookup', detail),
      (outcome) => {
        // A 404 answers the question (no such request); any other failure leaves it open.
        if ((outcome as Response | undefined)?.status !== 404) return Boolean(outcome);
        this.notFound = true;
        return false;
      },
    );
  }

  private retry() {
    // Focus goes to the field first: the button leaves as the lookup starts again.
    this.input?.focus();
    this.lookup();
  }

  /** Whether the reader is offered another try: the lookup failed, or is taking too long. */
  private get canRetry(): boolean {
    const { state } = this.work;
    return (state === 'failed' || state === 'slow') && !this.message;
  }

  override willUpdate(): void {
    // The retry button also leaves when the answer comes after all: focus on it goes to the
    // field, never to the start of the page.
    if (this.shadowRoot?.activeElement?.part.value === 'retry' && !this.canRetry) this.input?.focus();
  }

  private edit() {
    this.value = this.input?.value ?? '';
    this.notFound = false;
    this.work.drop();
  }

  /** The error, if any; a reference number in it is marked with its language. */
  private get message(): TemplateResult | string {
    if (this.error === 'empty') return this.localize.term('lookupEmpty');
    if (this.error === 'invalid') return termWithReference(this.localize, 'lookupInvalid', 'example', this.example);
    return this.notFound ? termWithReference(this.localize, 'lookupNotFound', 'reference', this.value) : '';
  }

  override render() {
    const message = this.message;
    const { state } = this.work;
    // The lookup's own state is no error in what was typed: said in the same place, the field not marked.
    const said = message
      ? html`<p part="error" class="error"><span class="visually-hidden">${this.localize.term('errorPrefix')}</span> ${message}</p>`
      : state === 'failed'
        ? html`<p part="error" class="error">${this.localize.term('lookupFailed')}</p>`
        : state
          ? html`<p class="hint">${this.localize.term(state === 'slow' ? 'lookupSlow' : 'lookupChecking')}</p>`
          : '';
    return html`<form part="form" role="search" aria-label=${this.localize.term('lookupTitle')} novalidate @submit=${this.submit}>
      <div class="field ${message ? 'invalid' : ''}">
        <label class="label" for="reference">${this.localize.term('lookupLabel')}</label>
        <div class="hint" id="hint">${termWithReference(this.localize, 'lookupHint', 'example', this.example)}</div>
        <div id="error" aria-live="polite">${said ? keyed(this.submits, said) : nothing}</div>
        ${this.canRetry ? html`<button part="retry" class="action quiet focusable" type="button" @click=${this.retry}>${this.localize.term('lookupRetry')}</button>` : nothing}
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
