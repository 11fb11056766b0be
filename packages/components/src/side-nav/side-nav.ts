import { html } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { sideNavStrings } from '../locales/side-nav.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { sideNavStyles } from './side-nav.styles.js';

/**
 * @tagname ger-side-nav
 * @summary Side nav: say in one sentence what it is for and when to use it.
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
export class GerSideNav extends GerElement {
  static override styles = [...sharedStyles, sideNavStyles];
  static override strings = sideNavStrings;

  override render() {
    return html`<div part="base" class="base"><slot>${this.localize.term('sideNavEmpty')}</slot></div>`;
  }
}

defineElement('ger-side-nav', GerSideNav);

declare global {
  interface HTMLElementTagNameMap {
    'ger-side-nav': GerSideNav;
  }
}
