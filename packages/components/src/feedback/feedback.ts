import { html, nothing, type PropertyDeclarations } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { feedbackStrings } from '../locales/feedback.js';
import { actionShapeStyles } from '../styles/action-shape.styles.js';
import { primaryActionStyles } from '../styles/action-primary.styles.js';
import { controlStyles } from '../styles/control.styles.js';
import { fieldPartStyles } from '../styles/field-parts.styles.js';
import { inputStyles } from '../styles/input.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { feedbackStyles } from './feedback.styles.js';
import { formatNumber } from '../controllers/localize.js';
import { PageWork } from '../controllers/page-work.js';

const RATINGS = [1, 2, 3, 4, 5];

/**
 * @tagname ger-feedback
 * @summary "Was this service helpful?": yes or no, then an optional 1–5 rating and comment.
 *
 * A form landmark named by its question. Yes and No are toggle buttons (`aria-pressed`); pressing
 * one keeps focus on it and shows the optional rating (radio buttons 1 to 5, the ends named)
 * and comment after it, where Tab goes next. Sending fires `ger-feedback` with the answers and
 * puts a thank-you in the same place, focused, so focus is never lost.
 *
 * The page sends the answers. To thank the reader only once they are sent, it passes the promise
 * of its request to `event.detail.waitUntil()` while handling the event:
 * `event.detail.waitUntil(fetch(url, { method: 'POST', body: JSON.stringify(event.detail) }))`.
 * Meanwhile the form says it is sending; if the promise rejects, or resolves to a response that is
 * not ok, the form stays with the answers, says they were not sent, and fires the event again when
 * the reader sends again or the browser comes back online. A page that does not call `waitUntil`
 * is trusted to have sent them: the thank-you shows at once.
 *
 * A request still unanswered after 20 seconds (stalled on a weak mobile link: `fetch` has no time
 * limit) is not given up, but the reader is told: the form says sending is taking long, keeps the
 * answers, and Send works again, firing the event again. The first request to succeed thanks the
 * reader, the first one too when it arrives late; a later failure of the other changes nothing.
 * The page may so receive the same answers twice.
 *
 * @csspart form - The form.
 * @csspart answer - The Yes and No buttons.
 * @csspart thanks - The thank-you message.
 *
 * @fires ger-feedback - The reader sent their feedback: `{ helpful, rating, comment, service }`, and `waitUntil(promise)` for the page's request.
 *
 * @cssprop --ger-border-width-thick - Control borders (inputs, secondary buttons).
 * @cssprop --ger-border-width-thin - Decorative dividers.
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
 * @cssprop --ger-color-border - Decorative dividers only (no contrast requirement). Never the only outline of a control.
 * @cssprop --ger-color-border-control - Borders of inputs and controls: 3:1 against surfaces (WCAG 1.4.11).
 * @cssprop --ger-color-brand - Strong brand fill: primary buttons, selected states. Also for icons and borders on surfaces (3:1). Large headings may use it as text (3:1).
 * @cssprop --ger-color-brand-subtle - Tinted brand surface: banners, tags, highlighted rows.
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-on-brand-subtle - Text and icons on color.brand-subtle.
 * @cssprop --ger-color-surface - Page background.
 * @cssprop --ger-color-surface-raised - Cards, dialogs, menus.
 * @cssprop --ger-color-surface-sunken - Wells, code blocks, table stripes.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-field-error - Error message text and the bar beside an invalid field: 4.5:1 as text on the page.
 * @cssprop --ger-field-error-bar-width - Bar on the inline-start edge of a field with an error.
 * @cssprop --ger-field-gap - Space between a field's label, hint, error message and control.
 * @cssprop --ger-field-hint - Hint text under a label.
 * @cssprop --ger-field-label-font-weight - Weight of field labels and group legends.
 * @cssprop --ger-field-width - Maximum width of the input (the `width` attribute sets it in characters).
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-size-lg - 20 px at default text size. Lead paragraphs, small headings.
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
 * @cssprop --ger-radius-md - Buttons, cards and banners.
 * @cssprop --ger-size-target-minimum - Minimum size of every interactive target: 44 px at default text size (WCAG 2.5.5 AAA, the Ger standard).
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 *
 * @cssprop --ger-duration-fast - Hover and press feedback.
 * @cssprop --ger-easing-standard - Movement within the page.
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerFeedback extends GerElement {
  static override styles = [...sharedStyles, actionShapeStyles, primaryActionStyles, controlStyles, fieldPartStyles, inputStyles, feedbackStyles];
  static override properties: PropertyDeclarations = {
    service: {},
    helpful: { state: true, attribute: false },
    sent: { state: true, attribute: false },
  };
  static override strings = feedbackStrings;

  /** Which service the feedback is about; sent with it. */
  service = '';

  /** The reader's answer: helpful or not; null before they answer. */
  private helpful: boolean | null = null;

  private sent = false;

  /** The page's request: the form says it is sending, or that it failed, and sends again when back online. */
  private readonly work = new PageWork(this, () => this.deliver());

  private send(event: SubmitEvent) {
    event.preventDefault();
    if (this.work.state !== 'busy') this.deliver();
  }

  /**
   * Fires `ger-feedback` with the answers in the form (also when sent again: what the reader sees
   * is what is sent), and thanks the reader once the page has sent them, or did not say it would.
   */
  private async deliver() {
    const form = this.renderRoot.querySelector('form');
    if (this.helpful === null || !form) return;
    const data = new FormData(form);
    const answers = {
      helpful: this.helpful,
      rating: data.has('rating') ? Number(data.get('rating')) : null,
      comment: String(data.get('comment') ?? '').trim(),
      service: this.service,
    };
    const pending = this.work.run(answers, (detail) => this.emit('ger-feedback', detail));
    // No request reported: thanked at once, as before `waitUntil` existed.
    this.sent = !(pending && (await pending));
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    // The thank-you takes focus by its tabindex="-1", where the form was: when focus was in the form
    // (now gone, so on the body), never from a field the reader went on to (a retry once back online).
    const focus = document.activeElement;
    if (changed.has('sent') && (focus === document.body || focus === this)) this.renderRoot.querySelector<HTMLElement>('.thanks')?.focus();
  }

  private answer(helpful: boolean, label: string) {
    return html`<button part="answer" class="control answer focusable" type="button" aria-pressed=${this.helpful === helpful ? 'true' : 'false'} @click=${() => (this.helpful = helpful)}>
      ${label}
    </button>`;
  }

  override render() {
    if (this.sent) return html`<p part="thanks" class="thanks" tabindex="-1">${this.localize.term('feedbackThanks')}</p>`;
    const { state } = this.work;
    return html`<form part="form" aria-labelledby="question" @submit=${this.send}>
      <p class="question" id="question">${this.localize.term('feedbackQuestion')}</p>
      <div class="answers">${this.answer(true, this.localize.term('yes'))} ${this.answer(false, this.localize.term('no'))}</div>
      ${
        this.helpful === null
          ? nothing
          : html`<fieldset>
              <legend class="label">${this.localize.term('ratingLegend')}</legend>
              <div class="scale">
                ${RATINGS.map(
                  (rating) => html`<label class="control option">
                    <input class="focusable" type="radio" name="rating" value=${rating} />
                    <span class="text"
                      >${formatNumber(this.localize, rating)}${rating === 1 ? ` – ${this.localize.term('ratingLowest')}` : rating === 5 ? ` – ${this.localize.term('ratingHighest')}` : ''}</span
                    >
                  </label>`,
                )}
              </div>
            </fieldset>
            <div class="field">
              <label class="label" for="comment">${this.localize.term('commentLabel')}</label>
              <p class="hint" id="comment-hint">${this.localize.term('commentHint')}</p>
              <textarea class="input focusable" id="comment" name="comment" rows="4" maxlength="2000" aria-describedby="comment-hint"></textarea>
            </div>
            <p><button class="action focusable" type="submit" aria-disabled=${state === 'busy' ? 'true' : nothing}>${this.localize.term('sendFeedback')}</button></p>
            <div role="status">${state ? html`<p class="status ${state === 'failed' ? 'error' : ''}">${this.localize.term(state === 'busy' ? 'feedbackSending' : state === 'slow' ? 'feedbackSlow' : 'feedbackFailed')}</p>` : nothing}</div>`
      }
    </form>`;
  }
}

defineElement('ger-feedback', GerFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'ger-feedback': GerFeedback;
  }
}
