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
 *
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-surface - Page background.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 * @cssprop --ger-space-lg - 24 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
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
