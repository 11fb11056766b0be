import { html } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { warningTextStrings } from '../locales/warning-text.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { warningTextStyles } from './warning-text.styles.js';

/**
 * @tagname ger-warning-text
 * @summary Warning text: say in one sentence what it is for and when to use it.
 *
 * @slot - The content. Without it, the element says that it is empty.
 *
 * @csspart base - The box around the content.
 *
 * @cssprop --ger-color-focus-ring
 * @cssprop --ger-color-focus-ring-inner
 * @cssprop --ger-color-text
 * @cssprop --ger-focus-ring-offset
 * @cssprop --ger-focus-ring-width
 * @cssprop --ger-font-family-sans
 * @cssprop --ger-letter-spacing-body
 * @cssprop --ger-line-height-body
 * @cssprop --ger-space-md
 * @cssprop --ger-space-sm
 * @cssprop --ger-word-spacing-body
 */
export class GerWarningText extends GerElement {
  static override styles = [...sharedStyles, warningTextStyles];
  static override strings = warningTextStrings;

  override render() {
    return html`<div part="base" class="base"><slot>${this.localize.term('warningTextEmpty')}</slot></div>`;
  }
}

defineElement('ger-warning-text', GerWarningText);

declare global {
  interface HTMLElementTagNameMap {
    'ger-warning-text': GerWarningText;
  }
}
