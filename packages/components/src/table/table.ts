import { html } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { tableStrings } from '../locales/table.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { tableStyles } from './table.styles.js';

/**
 * @tagname ger-table
 * @summary Table: say in one sentence what it is for and when to use it.
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
export class GerTable extends GerElement {
  static override styles = [...sharedStyles, tableStyles];
  static override strings = tableStrings;

  override render() {
    return html`<div part="base" class="base"><slot>${this.localize.term('tableEmpty')}</slot></div>`;
  }
}

defineElement('ger-table', GerTable);

declare global {
  interface HTMLElementTagNameMap {
    'ger-table': GerTable;
  }
}
