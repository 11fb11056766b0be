import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { formatNumber } from '../controllers/localize.js';
import { paginationStrings } from '../locales/pagination.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { sizeContainerStyles } from '../styles/size-container.styles.js';
import { wholeNumber } from '../utils/number.js';
import { checkedUrl } from '../utils/url.js';
import { warnOnce } from '../utils/warn.js';
import { GAP, pageItems } from './pages.js';
import { paginationStyles } from './pagination.styles.js';

/**
 * @tagname ger-pagination
 * @summary Moves between the pages of a long list: previous and next, the page numbers around the current one, the first and the last.
 *
 * With `href-pattern` (`?page={page}`) each page is a link, which a reader can open in a new
 * tab and a server can render. Without it each page is a button for an app: choosing one sets
 * `page` and fires `ger-page-change`. Either way `ger-page-change` can be cancelled. The current
 * page has `aria-current="page"`; pages left out are an ellipsis. On a narrow screen, and at
 * large text, only the first, current and last page numbers stay beside previous and next.
 * With one page or fewer nothing is shown.
 *
 * @csspart list - The list of pages.
 *
 * @fires ger-page-change - When a page is chosen. Cancel it with `preventDefault()` to stay, or, with links, to load the page yourself.
 *
 * @cssprop --ger-border-width-thick - Control borders (inputs, secondary buttons).
 * @cssprop --ger-border-width-thin - Decorative dividers.
 * @cssprop --ger-color-brand - Strong brand fill: primary buttons, selected states. Also for icons and borders on surfaces (3:1). Large headings may use it as text (3:1).
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-link - Links.
 * @cssprop --ger-color-link-hover - Links on hover.
 * @cssprop --ger-color-on-brand - Text and icons on color.brand and color.brand-hover.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-color-text-muted - Secondary text: hints, captions, metadata. Still 4.5:1 on every surface.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-radius-sm - Inputs and small controls.
 * @cssprop --ger-size-target-minimum - Minimum size of every interactive target: 44 px at default text size (WCAG 2.5.5 AAA, the Ger standard).
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerPagination extends GerElement {
  static override styles = [...sharedStyles, sizeContainerStyles, paginationStyles];
  static override strings = paginationStrings;
  static override properties: PropertyDeclarations = {
    page: { type: Number, reflect: true },
    pages: { type: Number },
    hrefPattern: { attribute: 'href-pattern' },
  };

  /** The current page, counting from 1. A page past the end shows the last page, with a warning. */
  page = 1;

  /** How many pages there are. */
  pages = 1;

  /** Makes each page a link: `{page}` is replaced by its number, e.g. `?page={page}` or `/news/page/{page}`. */
  hrefPattern = '';

  /** `pages` and `page` as they can be shown: whole numbers, the page within 1 to `pages`. */
  private get range(): { page: number; pages: number } {
    const pages = wholeNumber(this, 'pages', this.pages, 0, 1);
    const page = wholeNumber(this, 'page', this.page, 1, 1);
    if (page > pages && pages > 0) warnOnce(`<ger-pagination> page ${page} is past the last page (${pages}); showing page ${pages}.`);
    return { pages, page: Math.min(page, Math.max(pages, 1)) };
  }

  /** The link to `page`, or undefined for buttons (no pattern, or an unusable one). */
  private hrefFor(page: number): string | undefined {
    if (!this.hrefPattern) return undefined;
    // Whatever a script set, as text: a pattern that is not one is said below.
    const pattern = String(this.hrefPattern);
    if (!pattern.includes('{page}')) {
      warnOnce(`<ger-pagination> href-pattern="${pattern}" has no {page}; pages are buttons.`);
      return undefined;
    }
    return checkedUrl(pattern.replaceAll('{page}', String(page)), '<ger-pagination> href-pattern');
  }

  private choose(event: Event, page: number, pages: number) {
    if (!this.emit('ger-page-change', { page, pages }, true)) {
      event.preventDefault();
      return;
    }
    // A link loads its page; a button changes the page here.
    const control = event.currentTarget as HTMLElement;
    if (control.matches('a')) return;
    this.page = page;
    // The row is drawn again around the new page: a number's button may now say another number,
    // and previous or next may be gone. Focus goes with the chosen page, not lost to the body.
    void this.updateComplete.then(() => {
      if (!control.isConnected || control.classList.contains('page')) this.renderRoot.querySelector<HTMLElement>('[aria-current="page"]')?.focus();
    });
  }

  /** A page link or button; `content` is what shows, `label` what a screen reader hears. */
  private item(page: number, pages: number, content: unknown, options: { label?: string; current?: boolean; rel?: string; className: string }): TemplateResult {
    const href = this.hrefFor(page);
    const current = options.current ? 'page' : nothing;
    const click = (event: Event) => this.choose(event, page, pages);
    return href
      ? html`<a class="focusable ${options.className}" href=${href} rel=${options.rel ?? nothing} aria-label=${options.label ?? nothing} aria-current=${current} @click=${click}>${content}</a>`
      : html`<button type="button" class="focusable ${options.className}" aria-label=${options.label ?? nothing} aria-current=${current} @click=${click}>${content}</button>`;
  }

  override render() {
    const { page, pages } = this.range;
    if (pages <= 1) return nothing;
    const term = this.localize.term.bind(this.localize);
    const hidden = (text: string) => html`<span class="visually-hidden">${text}</span>`;
    return html`<nav aria-label=${term('paginationLabel')}>
      <ul part="list" class="list" role="list">
        ${page > 1 ? html`<li class="step">${this.item(page - 1, pages, html`<span class="arrow previous"></span>${term('paginationPrevious')}${hidden(term('paginationPageWord'))}`, { rel: 'prev', className: 'previous' })}</li>` : nothing}
        ${pageItems(page, pages).map((number) =>
          number === GAP
            ? html`<li class="gap" aria-hidden="true">⋯</li>`
            : html`<li class=${number === 1 || number === pages || number === page ? 'number' : 'number near'}>
                ${this.item(number, pages, formatNumber(this.localize, number), { label: term('paginationPage', { page: formatNumber(this.localize, number) }), current: number === page, className: 'page' })}
              </li>`,
        )}
        ${page < pages ? html`<li class="step">${this.item(page + 1, pages, html`${term('paginationNext')}${hidden(term('paginationPageWord'))}<span class="arrow next"></span>`, { rel: 'next', className: 'next' })}</li>` : nothing}
      </ul>
    </nav>`;
  }
}

defineElement('ger-pagination', GerPagination);

declare global {
  interface HTMLElementTagNameMap {
    'ger-pagination': GerPagination;
  }
}
