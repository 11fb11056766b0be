import { html } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { backLinkStrings } from '../locales/back-link.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { backLinkStyles } from './back-link.styles.js';

/**
 * @tagname ger-back-link
 * @summary Back link: say in one sentence what it is for and when to use it.
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
export class GerBackLink extends GerElement {
  static override styles = [...sharedStyles, backLinkStyles];
  static override strings = backLinkStrings;

  override render() {
    return html`<div part="base" class="base"><slot>${this.localize.term('backLinkEmpty')}</slot></div>`;
  }
}

defineElement('ger-back-link', GerBackLink);

declare global {
  interface HTMLElementTagNameMap {
    'ger-back-link': GerBackLink;
  }
}
