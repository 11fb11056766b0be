import { html, type PropertyDeclarations } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { WrittenLinksController } from '../controllers/written-links.js';
import { backLinkStrings } from '../locales/back-link.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { checkedUrl } from '../utils/url.js';
import { backLinkStyles } from './back-link.styles.js';

/**
 * @tagname ger-back-link
 * @summary A link back to the previous page, at the top of a question page or a step of a form.
 *
 * With `href` it is an ordinary link there. Without it (or with an `href` that is not http,
 * https or relative) it takes the reader back in the browser's history: still a link, reached
 * by Tab, followed with Enter, read as a link, but only shown once its script has run, since
 * without script it could not go anywhere. The arrow points to the inline start, so it turns
 * with the text in right-to-left and vertical writing.
 *
 * So that a reader without JavaScript can go back too, write the link inside, as GOV.UK writes its
 * back link: `<ger-back-link><a href="/services">Бүх үйлчилгээ</a></ger-back-link>`. Before the
 * script runs (or if it never comes) that is the page's ordinary link; once it runs, the element
 * takes the link's href (unless `href` is set) and its words, and shows its own link instead: one
 * link, read once. (A server-rendered page has its link from `href`.)
 *
 * @slot - The link text; "Буцах" / "Back" when empty. Or a written `<a href>` (above).
 *
 * @csspart link - The link.
 *
 * @fires ger-back - Before going back in history (only without `href`); cancel it with
 * `preventDefault()` to go back in your app's own way.
 *
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-size-target-minimum - Minimum size of every interactive target: 44 px at default text size (WCAG 2.5.5 AAA, the Ger standard).
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerBackLink extends GerElement {
  static override styles = [...sharedStyles, backLinkStyles];
  static override strings = backLinkStrings;
  static override properties: PropertyDeclarations = { href: {} };

  /** Where the link goes. Without it, a written link's href, else back in the browser's history. */
  href = '';

  private readonly written = new WrittenLinksController(this);

  private goBack(event: MouseEvent) {
    // A modified click (new tab, new window) of a history link has nowhere to open: it does nothing.
    event.preventDefault();
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    if (this.emit('ger-back', {}, true)) history.back();
  }

  override render() {
    const written = this.written.items?.[0];
    const href = checkedUrl(this.href || written?.href, '<ger-back-link> href');
    // The history link still has an href: an <a> without one is neither focusable nor a link.
    return html`<a
      part="link"
      class="link focusable ${href ? '' : 'history'}"
      href=${href ?? '#'}
      @click=${href ? undefined : this.goBack}
      ><span class="arrow" aria-hidden="true"></span><span class="text">${written ? written.label : html`<slot>${this.localize.term('backLinkText')}</slot>`}</span></a
    >`;
  }
}

defineElement('ger-back-link', GerBackLink);

declare global {
  interface HTMLElementTagNameMap {
    'ger-back-link': GerBackLink;
  }
}
