import { html, type PropertyDeclarations } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { focusProgrammatically } from '../utils/focus.js';
import { warnOnce } from '../utils/warn.js';
import { skipLinkStyles } from './skip-link.styles.js';
import { skipLinkStrings } from '../locales/skip-link.js';

/**
 * @tagname ger-skip-link
 * @summary The first link on a page: lets keyboard and screen-reader users jump past the header to the main content.
 *
 * Place it first in `<body>`. It is hidden until it receives focus.
 *
 * @slot - The link text; defaults to "Үндсэн агуулга руу шилжих" / "Skip to main content".
 *
 * @csspart link - The link.
 *
 * @cssprop --ger-border-width-thick - Control borders (inputs, secondary buttons).
 * @cssprop --ger-color-brand - Strong brand fill: primary buttons, selected states. Also for icons and borders on surfaces (3:1). Large headings may use it as text (3:1).
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-on-brand - Text and icons on color.brand and color.brand-hover.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-size-md - 16 px at default text size. Body text, labels and inputs.
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 * @cssprop --ger-z-skip-link - The skip link is always on top when focused.
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerSkipLink extends GerElement {
  static override styles = [...sharedStyles, skipLinkStyles];
  static override properties: PropertyDeclarations = {
    href: {},
  };
  static override strings = skipLinkStrings;
  static override shadowRootOptions = { ...GerElement.shadowRootOptions, delegatesFocus: true };

  /** The in-page target, as `#id`. */
  href = '#main';

  private get targetId(): string {
    if (/^#[^\s#]+$/.test(this.href)) return this.href.slice(1);
    warnOnce(`<ger-skip-link> href="${this.href}" is not an in-page link like "#main"; using "#main".`);
    return 'main';
  }

  /**
   * Browsers scroll to the target but do not always move focus into an element that is not
   * focusable, so the next Tab would start from the top again. Focus it explicitly.
   */
  private handleClick(event: MouseEvent) {
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = root.getElementById?.(this.targetId) ?? document.getElementById(this.targetId);
    if (!target) {
      warnOnce(`<ger-skip-link> found no element with id "${this.targetId}".`);
      return;
    }
    event.preventDefault();
    focusProgrammatically(target);
    target.scrollIntoView();
    history.replaceState(history.state, '', `#${this.targetId}`);
  }

  override render() {
    return html`<a part="link" class="link" href="#${this.targetId}" @click=${this.handleClick}>
      <slot>${this.localize.term('skipToContent')}</slot>
    </a>`;
  }
}

defineElement('ger-skip-link', GerSkipLink);

declare global {
  interface HTMLElementTagNameMap {
    'ger-skip-link': GerSkipLink;
  }
}
