import { html } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { tabPanelStrings } from '../locales/tab-panel.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { tabPanelStyles } from './tab-panel.styles.js';

/**
 * @tagname ger-tab-panel
 * @summary Tab panel: say in one sentence what it is for and when to use it.
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
export class GerTabPanel extends GerElement {
  static override styles = [...sharedStyles, tabPanelStyles];
  static override strings = tabPanelStrings;

  override render() {
    return html`<div part="base" class="base"><slot>${this.localize.term('tabPanelEmpty')}</slot></div>`;
  }
}

defineElement('ger-tab-panel', GerTabPanel);

declare global {
  interface HTMLElementTagNameMap {
    'ger-tab-panel': GerTabPanel;
  }
}
