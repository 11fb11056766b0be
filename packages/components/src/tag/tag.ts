import { html } from 'lit';
import { property } from '../base/decorators.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { warnOnce } from '../utils/warn.js';
import { tagStyles } from './tag.styles.js';

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
 */
export class GerTag extends GerElement {
  static override styles = [...sharedStyles, tagStyles];

  /** The colour that repeats the meaning: `neutral` (default), `info`, `success`, `warning`, `danger`. */
  @property({ reflect: true }) variant: TagVariant = 'neutral';

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
    this.oneOf('variant', this.variant, TAG_VARIANTS, 'neutral');
    return html`<slot @slotchange=${this.handleSlotChange}></slot>`;
  }
}

defineElement('ger-tag', GerTag);

declare global {
  interface HTMLElementTagNameMap {
    'ger-tag': GerTag;
  }
}
