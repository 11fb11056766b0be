import { html } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { insetTextStyles } from './inset-text.styles.js';

/**
 * @tagname ger-inset-text
 * @summary Text set apart from the content around it: a quote, an example, or extra
 * information the reader should not miss, such as how long a decision takes.
 *
 * A bar on the inline-start edge, so it stands out without being a warning. It is plain content
 * for screen readers (no role): the words themselves say why they matter.
 *
 * @slot - The text: paragraphs, a list, links.
 *
 * @csspart base - The box with the bar.
 *
 */
export class GerInsetText extends GerElement {
  static override styles = [...sharedStyles, insetTextStyles];

  override render() {
    return html`<div part="base" class="base"><slot></slot></div>`;
  }
}

defineElement('ger-inset-text', GerInsetText);

declare global {
  interface HTMLElementTagNameMap {
    'ger-inset-text': GerInsetText;
  }
}
