import { html } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { warningTextStrings } from '../locales/warning-text.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { warningTextStyles } from './warning-text.styles.js';

/**
 * @tagname ger-warning-text
 * @summary A short, important warning in the flow of the page: a fine, a deadline, a legal
 * consequence ("You can be fined up to 500,000₮ if you do not register").
 *
 * Bold text beside an exclamation mark. The icon is hidden from screen readers, which hear a
 * visually hidden "Анхааруулга" / "Warning" first instead; the icon stays visible in forced colours.
 *
 * @slot - The warning: one or two sentences.
 *
 * @csspart base - The icon and the text.
 * @csspart icon - The exclamation mark.
 * @csspart text - The warning text.
 */
export class GerWarningText extends GerElement {
  static override styles = [...sharedStyles, warningTextStyles];
  static override strings = warningTextStrings;

  override render() {
    // The icon is drawn (not the text "!"), so no screen reader or copy-and-paste picks it up.
    return html`<div part="base" class="base">
      <svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true">
        <circle cx="12" cy="12" r="12" />
        <path d="M12 5.5v8" />
        <circle class="dot" cx="12" cy="18" r="1.6" />
      </svg>
      <strong part="text" class="text"
        ><span class="visually-hidden">${this.localize.term('warningTextPrefix')}: </span><slot></slot
      ></strong>
    </div>`;
  }
}

defineElement('ger-warning-text', GerWarningText);

declare global {
  interface HTMLElementTagNameMap {
    'ger-warning-text': GerWarningText;
  }
}
