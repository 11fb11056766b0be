import { html, nothing } from 'lit';
import { property, state } from '../base/decorators.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import { feedbackStrings } from '../locales/feedback.js';
import { actionStyles } from '../styles/action.styles.js';
import { controlStyles } from '../styles/control.styles.js';
import { fieldPartStyles } from '../styles/field.styles.js';
import { inputStyles } from '../styles/input.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { focusProgrammatically } from '../utils/focus.js';
import { feedbackStyles } from './feedback.styles.js';

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
 * @csspart form - The form.
 * @csspart answer - The Yes and No buttons.
 * @csspart thanks - The thank-you message.
 *
 * @fires ger-feedback - The reader sent their feedback: `{ helpful, rating, comment, service }`.
 */
export class GerFeedback extends GerElement {
  static override styles = [...sharedStyles, actionStyles, controlStyles, fieldPartStyles, inputStyles, feedbackStyles];
  static override strings = feedbackStrings;

  /** Which service the feedback is about; sent with it. */
  @property() service = '';

  /** The reader's answer: helpful or not; null before they answer. */
  @state() private helpful: boolean | null = null;

  @state() private sent = false;

  private send(event: SubmitEvent) {
    event.preventDefault();
    if (this.helpful === null) return;
    const data = new FormData(event.target as HTMLFormElement);
    this.emit('ger-feedback', {
      helpful: this.helpful,
      rating: data.has('rating') ? Number(data.get('rating')) : null,
      comment: String(data.get('comment') ?? '').trim(),
      service: this.service,
    });
    this.sent = true;
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    const thanks = this.renderRoot.querySelector<HTMLElement>('.thanks');
    if (changed.has('sent') && thanks) focusProgrammatically(thanks);
  }

  private answer(helpful: boolean, label: string) {
    return html`<button part="answer" class="control answer focusable" type="button" aria-pressed=${this.helpful === helpful ? 'true' : 'false'} @click=${() => (this.helpful = helpful)}>
      ${label}
    </button>`;
  }

  override render() {
    if (this.sent) return html`<p part="thanks" class="thanks" tabindex="-1">${this.localize.term('feedbackThanks')}</p>`;
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
                      >${this.localize.number(rating)}${rating === 1 ? ` – ${this.localize.term('ratingLowest')}` : rating === 5 ? ` – ${this.localize.term('ratingHighest')}` : ''}</span
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
            <p><button class="action focusable" type="submit">${this.localize.term('sendFeedback')}</button></p>`
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
