import { html } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { paginationStrings } from '../locales/pagination.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { paginationStyles } from './pagination.styles.js';

/**
 * @tagname ger-pagination
 * @summary Pagination: say in one sentence what it is for and when to use it.
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
export class GerPagination extends GerElement {
  static override styles = [...sharedStyles, paginationStyles];
  static override strings = paginationStrings;

  override render() {
    return html`<div part="base" class="base"><slot>${this.localize.term('paginationEmpty')}</slot></div>`;
  }
}

defineElement('ger-pagination', GerPagination);

declare global {
  interface HTMLElementTagNameMap {
    'ger-pagination': GerPagination;
  }
}
