import { html, nothing, type PropertyDeclarations } from 'lit';
import { jsonList } from '../base/converters.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import { breadcrumbsStrings } from '../locales/breadcrumbs.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { safeLinks, type LinkItem } from '../utils/links.js';
import { breadcrumbsStyles } from './breadcrumbs.styles.js';

/**
 * @tagname ger-breadcrumbs
 * @summary Where the page sits in the site: links to the pages above it.
 *
 * A navigation landmark named "Хуудасны зам" / "Breadcrumb" with an ordered list. The last
 * item is the current page (`aria-current="page"`) and is not a link unless it has an `href`.
 * The separators are drawn, so screen readers do not read them.
 *
 * @csspart list - The ordered list.
 *
 * @cssprop --ger-border-width-thick - Control borders (inputs, secondary buttons).
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-link - Links.
 * @cssprop --ger-color-link-hover - Links on hover.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-color-text-muted - Secondary text: hints, captions, metadata. Still 4.5:1 on every surface.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-size-sm - 14 px at default text size. Hints, captions, tags.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-space-3xs - 2 px at default text size.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerBreadcrumbs extends GerElement {
  static override styles = [...sharedStyles, breadcrumbsStyles];
  static override properties: PropertyDeclarations = {
    items: { converter: jsonList },
  };
  static override strings = breadcrumbsStrings;

  /** From the home page down to this one: `[{ "label": "Нүүр", "href": "/" }, { "label": "Өргөдөл" }]` (JSON in HTML). */
  items: LinkItem[] = [];

  override render() {
    const items = safeLinks(this.items, '<ger-breadcrumbs> items');
    if (!items.length) return nothing;
    const last = items.length - 1;
    return html`<nav aria-label=${this.localize.term('breadcrumbs')}>
      <ol part="list" class="list">
        ${items.map((item, index) => {
          const current = index === last ? 'page' : nothing;
          return html`<li>
            ${
              item.href
                ? html`<a class="focusable" href=${item.href} aria-current=${current}>${item.label}</a>`
                : html`<span aria-current=${current}>${item.label}</span>`
            }
          </li>`;
        })}
      </ol>
    </nav>`;
  }
}

defineElement('ger-breadcrumbs', GerBreadcrumbs);

declare global {
  interface HTMLElementTagNameMap {
    'ger-breadcrumbs': GerBreadcrumbs;
  }
}
