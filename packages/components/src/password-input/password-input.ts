import { html } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { passwordInputStrings } from '../locales/password-input.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { passwordInputStyles } from './password-input.styles.js';

/**
 * @tagname ger-password-input
 * @summary Password input: say in one sentence what it is for and when to use it.
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
export class GerPasswordInput extends GerElement {
  static override styles = [...sharedStyles, passwordInputStyles];
  static override strings = passwordInputStrings;

  override render() {
    return html`<div part="base" class="base"><slot>${this.localize.term('passwordInputEmpty')}</slot></div>`;
  }
}

defineElement('ger-password-input', GerPasswordInput);

declare global {
  interface HTMLElementTagNameMap {
    'ger-password-input': GerPasswordInput;
  }
}
