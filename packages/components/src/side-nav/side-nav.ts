import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { jsonList, listOr } from '../base/converters.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import { DisclosureController } from '../controllers/disclosure.js';
import { WrittenLinksController } from '../controllers/written-links.js';
import { sideNavStrings } from '../locales/side-nav.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { headingLevel, renderHeading } from '../utils/heading.js';
import type { SafeLink } from '../utils/links.js';
import { safeNavItems, type SideNavItem } from './nav-items.js';
import { sideNavStyles } from './side-nav.styles.js';

export type { SideNavItem };

/**
 * @tagname ger-side-nav
 * @summary The pages of one section of a site, beside the content: the current page marked,
 * with one optional level of pages under each.
 *
 * A navigation landmark named by its heading (or "Энэ хэсгийн хуудсууд" / "Pages in this
 * section"). On a wide screen the list always shows; on a narrow one it folds behind a button
 * (the WAI-ARIA disclosure pattern), so the content comes first. Before its script runs
 * (server-rendered) the list always shows.
 *
 * Links come from `items` (data) or from the links written inside the element: `<a>`s, or a
 * `<ul>` of `<li>`s with a link and an optional `<ul>` under it. `aria-current="page"` (or
 * `"current": true` in data) marks the page the reader is on; `aria-current="true"` (or
 * `"current": "section"`) the part of the section they are in, from a page not listed. A heading written before them
 * (`<h2>` to `<h6>`) is the heading when `heading` is empty, at its own level, so a page without
 * JavaScript shows it too:
 * `<ger-side-nav><h2>Гадаад паспорт</h2><ul><li><a href="/passport" aria-current="page">Захиалах</a></li></ul></ger-side-nav>`.
 *
 * @slot - Links (and a heading) written in the page (used when `items` is empty).
 *
 * @csspart heading - The heading (with the button on a narrow screen).
 * @csspart toggle - The button that shows and hides the list on a narrow screen.
 * @csspart list - The list of links.
 *
 * @cssprop --ger-border-width-heavy - Accent bars: banners, error summary, selected tab.
 * @cssprop --ger-border-width-thick - Control borders (inputs, secondary buttons).
 * @cssprop --ger-color-border-control - Borders of inputs and controls: 3:1 against surfaces (WCAG 1.4.11).
 * @cssprop --ger-color-brand - Strong brand fill: primary buttons, selected states. Also for icons and borders on surfaces (3:1). Large headings may use it as text (3:1).
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-link - Links.
 * @cssprop --ger-color-link-hover - Links on hover.
 * @cssprop --ger-color-surface - Page background.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-size-lg - 20 px at default text size. Lead paragraphs, small headings.
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-line-height-heading - Headings; leaves room for Cyrillic diacritics (Й, Ё) when lines wrap.
 * @cssprop --ger-radius-md - Buttons, cards and banners.
 * @cssprop --ger-size-target-minimum - Minimum size of every interactive target: 44 px at default text size (WCAG 2.5.5 AAA, the Ger standard).
 * @cssprop --ger-space-lg - 24 px at default text size.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerSideNav extends GerElement {
  static override styles = [...sharedStyles, sideNavStyles];
  static override strings = sideNavStrings;
  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    items: { converter: jsonList },
  };

  /** The heading above the links, such as the section's name; it names the navigation. Without it, a written heading's words. */
  heading = '';

  /** The heading's level, 1 to 6 (default 2). */
  headingLevel = 2;

  /**
   * The pages: `[{ "label": "Паспорт", "href": "/passport", "current": true, "items": [...] }]`
   * (JSON in HTML). Without it, the links written inside the element.
   */
  items: SideNavItem[] = [];

  private readonly disclosure = new DisclosureController(this);

  private readonly written = new WrittenLinksController(this);

  /** The heading written inside, read with the written links (none while matching the server's render). */
  private writtenHeading?: Element | null;

  override update(changed: PropertyValues): void {
    this.writtenHeading = this.written.items && this.querySelector(':scope > :is(h2, h3, h4, h5, h6)');
    super.update(changed);
  }

  private renderLink(item: SafeLink, extra = '') {
    const current = item.current || nothing;
    return item.href
      ? html`<a class="link focusable ${extra}" href=${item.href} aria-current=${current}>${item.label}</a>`
      : html`<span class="link ${extra}" aria-current=${current}>${item.label}</span>`;
  }

  override render() {
    const data = listOr(this.items, '<ger-side-nav> items', this.written.items);
    const written = this.writtenHeading;
    const heading = this.heading || written?.textContent!.trim();
    const title = heading || this.localize.term('sideNavLabel');
    const open = this.disclosure.open;
    const toggle = html`<button
      part="toggle"
      class="toggle focusable"
      type="button"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="list"
      @click=${this.disclosure.toggle}
    >
      <span class="text">${title}</span><span class="chevron" aria-hidden="true"></span>
    </button>`;
    // On a wide screen the heading shows as text; on a narrow one the same words are the button.
    const top = heading
      ? renderHeading(
          headingLevel(this, !this.heading && written ? written.localName[1] : this.headingLevel, 2),
          html`${toggle}<span class="title">${title}</span>`,
          { part: 'heading' },
        )
      : toggle;
    const items = data ? safeNavItems(data, '<ger-side-nav> items') : undefined;
    return html`<nav aria-label=${title}>
      ${top}
      ${
        items
          ? html`<ul part="list" id="list" class="list ${open ? 'open' : ''}">
            ${items.map(
              (item) =>
                html`<li>
                  ${this.renderLink(item, item.holdsCurrent ? 'in-section' : '')}
                  ${item.items.length ? html`<ul class="sublist">${item.items.map((child) => html`<li>${this.renderLink(child)}</li>`)}</ul>` : nothing}
                </li>`,
            )}
          </ul>`
          : html`<div part="list" id="list" class="list ${open ? 'open' : ''}"><slot></slot></div>`
      }
    </nav>`;
  }
}

defineElement('ger-side-nav', GerSideNav);

declare global {
  interface HTMLElementTagNameMap {
    'ger-side-nav': GerSideNav;
  }
}
