import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { detailsStrings } from '../locales/details.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { warnOnce } from '../utils/warn.js';
import { detailsStyles } from './details.styles.js';

/**
 * @tagname ger-details
 * @summary A short summary that opens to more: help most readers do not need.
 *
 * A native `<details>`: it opens and closes without JavaScript (server-rendered too), and the
 * browser's find-in-page opens it. Elements with the same `name` form an exclusive group: opening
 * one closes the others (done here, since the browser's own grouping stops at shadow roots).
 *
 * @slot - What the reader sees when it is open.
 *
 * @csspart details - The native `<details>`.
 * @csspart summary - The summary the reader clicks.
 * @csspart content - The content, with a bar beside it.
 *
 * @fires ger-toggle - The reader opened or closed the details, or it closed because another of its group opened; `detail.open`.
 *
 * @cssprop --ger-border-width-heavy - Accent bars: banners, error summary, selected tab.
 * @cssprop --ger-color-border - Decorative dividers only (no contrast requirement). Never the only outline of a control.
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-link - Links.
 * @cssprop --ger-color-link-hover - Links on hover.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-duration-fast - Hover and press feedback.
 * @cssprop --ger-easing-standard - Movement within the page.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-size-target-minimum - Minimum size of every interactive target: 44 px at default text size (WCAG 2.5.5 AAA, the Ger standard).
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-lg - 24 px at default text size.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerDetails extends GerElement {
  static override styles = [...sharedStyles, detailsStyles];
  static override strings = detailsStrings;
  static override properties: PropertyDeclarations = {
    summary: {},
    open: { type: Boolean, reflect: true },
    name: { reflect: true },
  };

  /** The summary: a short phrase that says what is inside ("Help with your registration number"). */
  summary = '';

  /** Whether the content is shown. */
  open = false;

  /** An exclusive group: of the `ger-details` with the same name in a page, one at most is open. */
  name = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) this.closeOthersInGroup();
  }

  /**
   * Closes the open details of the same group (in the same document or shadow root). Each says so
   * with `ger-toggle`: whoever opened this one cannot know which others it closed.
   */
  private closeOthersInGroup() {
    if (!this.name || !this.isConnected) return;
    const root = this.getRootNode() as ParentNode;
    for (const other of root.querySelectorAll<GerDetails>('ger-details')) {
      if (other === this || other.name !== this.name || !other.open) continue;
      other.open = false;
      other.emit('ger-toggle', { open: false });
    }
  }

  /** The native element opened or closed it (a click, Enter, find-in-page). */
  private handleToggle(event: Event) {
    const open = (event.target as HTMLDetailsElement).open;
    if (open === this.open) return;
    this.open = open;
    this.emit('ger-toggle', { open });
  }

  override render() {
    if (!this.summary) warnOnce(`<ger-details> has no summary; it says "${this.localize.term('detailsSummary')}".`);
    return html`<details part="details" class="details" ?open=${this.open} @toggle=${this.handleToggle}>
      <summary part="summary" class="summary focusable"
        ><svg class="marker" viewBox="0 0 24 24" aria-hidden="true"><path d="m9 6 6 6-6 6" /></svg
        ><span class="text">${this.summary || this.localize.term('detailsSummary')}</span></summary
      >
      <div part="content" class="content"><slot></slot></div>
    </details>`;
  }
}

defineElement('ger-details', GerDetails);

declare global {
  interface HTMLElementTagNameMap {
    'ger-details': GerDetails;
  }
}
