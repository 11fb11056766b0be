import { html, nothing } from 'lit';
import { jsonList } from '../base/converters.js';
import { property } from '../base/decorators.js';
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
 */
export class GerBreadcrumbs extends GerElement {
  static override styles = [...sharedStyles, breadcrumbsStyles];
  static override strings = breadcrumbsStrings;

  /** From the home page down to this one: `[{ "label": "Нүүр", "href": "/" }, { "label": "Өргөдөл" }]` (JSON in HTML). */
  @property({ converter: jsonList }) items: LinkItem[] = [];

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
