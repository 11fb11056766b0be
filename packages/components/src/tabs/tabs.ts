import { html } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { tabsStrings } from '../locales/tabs.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { tabsStyles } from './tabs.styles.js';

/**
 * @tagname ger-tabs
 * @summary Tabs: say in one sentence what it is for and when to use it.
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
export class GerTabs extends GerElement {
  static override styles = [...sharedStyles, tabsStyles];
  static override strings = tabsStrings;

  override render() {
    return html`<div part="base" class="base"><slot>${this.localize.term('tabsEmpty')}</slot></div>`;
  }
}

defineElement('ger-tabs', GerTabs);

declare global {
  interface HTMLElementTagNameMap {
    'ger-tabs': GerTabs;
  }
}
