import { html } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { insetTextStrings } from '../locales/inset-text.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { insetTextStyles } from './inset-text.styles.js';

/**
 * @tagname ger-inset-text
 * @summary Inset text: say in one sentence what it is for and when to use it.
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
export class GerInsetText extends GerElement {
  static override styles = [...sharedStyles, insetTextStyles];
  static override strings = insetTextStrings;

  override render() {
    return html`<div part="base" class="base"><slot>${this.localize.term('insetTextEmpty')}</slot></div>`;
  }
}

defineElement('ger-inset-text', GerInsetText);

declare global {
  interface HTMLElementTagNameMap {
    'ger-inset-text': GerInsetText;
  }
}
