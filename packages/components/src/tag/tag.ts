import { html, type PropertyDeclarations } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { warnOnce } from '../utils/warn.js';
import { tagStyles } from './tag.styles.js';
import { oneOf } from '../utils/one-of.js';

export const TAG_VARIANTS = ['neutral', 'info', 'success', 'warning', 'danger'] as const;
export type TagVariant = (typeof TAG_VARIANTS)[number];

/**
 * @tagname ger-tag
 * @summary A short status label, such as "Шинэ" (new) or "Шийдвэрлэгдсэн" (resolved).
 *
 * The meaning is always in the text: the colour only repeats it, so the tag reads the same
 * in high contrast, in forced colours and to a screen reader.
 *
 * @slot - The status text. Required.
 *
 * The host is the label box (style `ger-tag` itself): one element per tag, so a page of
 * many tags restyles as fast as plain spans when the theme or text size changes.
 *
 * @cssprop --ger-border-width-thin - Decorative dividers.
 * @cssprop --ger-color-danger - Strong danger fill: errors and destructive actions. Also for icons and borders on surfaces (3:1).
 * @cssprop --ger-color-danger-subtle - Tinted danger surface: banners, tags, highlighted rows.
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-info - Strong information fill: information messages. Also for icons and borders on surfaces (3:1).
 * @cssprop --ger-color-info-subtle - Tinted information surface: banners, tags, highlighted rows.
 * @cssprop --ger-color-neutral - Strong neutral fill: neutral labels and counts. Also for icons and borders on surfaces (3:1).
 * @cssprop --ger-color-neutral-subtle - Tinted neutral surface: banners, tags, highlighted rows.
 * @cssprop --ger-color-on-danger-subtle - Text and icons on color.danger-subtle.
 * @cssprop --ger-color-on-info-subtle - Text and icons on color.info-subtle.
 * @cssprop --ger-color-on-neutral-subtle - Text and icons on color.neutral-subtle.
 * @cssprop --ger-color-on-success-subtle - Text and icons on color.success-subtle.
 * @cssprop --ger-color-on-warning-subtle - Text and icons on color.warning-subtle.
 * @cssprop --ger-color-success - Strong success fill: success messages. Also for icons and borders on surfaces (3:1).
 * @cssprop --ger-color-success-subtle - Tinted success surface: banners, tags, highlighted rows.
 * @cssprop --ger-color-warning - Strong warning fill: warnings. A light fill in the light theme: not for icons or borders on a surface (use on-warning-subtle).
 * @cssprop --ger-color-warning-subtle - Tinted warning surface: banners, tags, highlighted rows.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-line-height-tight - Single-line UI text: buttons, tags. Never for paragraphs.
 * @cssprop --ger-space-3xs - 2 px at default text size.
 * @cssprop --ger-tag-font-size - Tag label size.
 * @cssprop --ger-tag-padding-inline - Inline padding.
 * @cssprop --ger-tag-radius - Tags are pill-shaped.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerTag extends GerElement {
  static override styles = [...sharedStyles, tagStyles];
  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
  };

  /** The colour that repeats the meaning: `neutral` (default), `info`, `success`, `warning`, `danger`. */
  variant: TagVariant = 'neutral';

  private handleSlotChange(event: Event) {
    const slot = event.target as HTMLSlotElement;
    const text = slot
      .assignedNodes({ flatten: true })
      .map((node) => node.textContent ?? '')
      .join('')
      .trim();
    if (!text) warnOnce('<ger-tag> has no text: a colour alone carries no meaning. Put the status in the tag as text.');
  }

  override render() {
    // The reflected attribute picks the colours; an unknown one keeps the neutral defaults.
    oneOf(this, 'variant', this.variant, TAG_VARIANTS, 'neutral');
    return html`<slot @slotchange=${this.handleSlotChange}></slot>`;
  }
}

defineElement('ger-tag', GerTag);

declare global {
  interface HTMLElementTagNameMap {
    'ger-tag': GerTag;
  }
}
