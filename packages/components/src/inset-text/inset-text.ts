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
 * @cssprop --ger-border-width-heavy - Accent bars: banners, error summary, selected tab.
 * @cssprop --ger-color-border - Decorative dividers only (no contrast requirement). Never the only outline of a control.
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-paragraph-spacing - Space after a paragraph. Display settings override it (WCAG 1.4.12 asks for 2em to work).
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 * @cssprop --ger-space-lg - 24 px at default text size.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
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
