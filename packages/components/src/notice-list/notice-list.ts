import { html, nothing, type PropertyDeclarations } from 'lit';
import { jsonList, listOf, text } from '../base/converters.js';
import { LazyPartController } from '../base/lazy-part.js';
import { defineElement, GerBaseElement } from '../base/ger-element.js';
import { noticeListStrings } from '../locales/notice-list.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { dayNumber, DEFAULT_TIME_ZONE, formatDate, parseDate, validTimeZone, type DataDate } from '../utils/date.js';
import { checkedUrl } from '../utils/url.js';
import { warnOnce } from '../utils/warn.js';
import { noticeListStyles } from './notice-list.styles.js';
import { type HeadingLevel, headingLevel, renderHeading } from '../utils/heading.js';
import { pluralTerm } from '../controllers/localize.js';

/** A public notice or decision, as data gives it. */
export interface Notice {
  title: string;
  /** The full notice: http, https or relative. */
  href?: string;
  /** ISO 8601: a day (`2026-03-01`) or a moment (`2026-03-01T09:00:00+08:00`, which marks "new" exactly). */
  date: string;
  agency?: string;
  category?: string;
  summary?: string;
}

interface ShownNotice {
  title: string;
  href: string | undefined;
  date: DataDate | undefined;
  agency: string;
  category: string;
  summary: string;
  isNew: boolean;
}

/**
 * @tagname ger-notice-list
 * @summary A feed of public notices and decisions, with the ones new since the reader's last visit marked and a filter by category.
 *
 * Each notice has its title (a heading, a link when it has an `href`), its date (`<time>`, in
 * the page's language through `Intl`, in Ulaanbaatar time unless `time-zone` says otherwise),
 * the agency and the category. Notices published since the reader's previous visit (remembered
 * in this browser's localStorage) say "Шинэ" / "New" in words. With two categories or more, a
 * group of radio buttons filters the list and a status message says how many are shown.
 *
 * @csspart filter - The category filter.
 * @csspart list - The list of notices.
 *
 * @cssprop --ger-border-width-thin - Decorative dividers.
 * @cssprop --ger-color-border - Decorative dividers only (no contrast requirement). Never the only outline of a control.
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-info - Strong information fill: information messages. Also for icons and borders on surfaces (3:1).
 * @cssprop --ger-color-info-subtle - Tinted information surface: banners, tags, highlighted rows.
 * @cssprop --ger-color-link - Links.
 * @cssprop --ger-color-on-info-subtle - Text and icons on color.info-subtle.
 * @cssprop --ger-color-text-muted - Secondary text: hints, captions, metadata. Still 4.5:1 on every surface.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-size-lg - 20 px at default text size. Lead paragraphs, small headings.
 * @cssprop --ger-font-size-sm - 14 px at default text size. Hints, captions, tags.
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-line-height-heading - Headings; leaves room for Cyrillic diacritics (Й, Ё) when lines wrap.
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 * @cssprop --ger-size-target-minimum - Minimum size of every interactive target: 44 px at default text size (WCAG 2.5.5 AAA, the Ger standard).
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 */
export class GerNoticeList extends GerBaseElement {
  static override styles = [...sharedStyles, noticeListStyles];
  static override strings = noticeListStrings;
  static override properties: PropertyDeclarations = {
    notices: { converter: jsonList },
    storageKey: { attribute: 'storage-key' },
    timeZone: { attribute: 'time-zone' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    since: {},
    category: { state: true },
  };

  /** The notices, newest first: `[{ "title": "...", "date": "2026-03-01", "agency": "...", "category": "..." }]` (JSON in HTML). */
  notices: Notice[] = [];

  /** Names the feed whose last visit is remembered; give each feed of a site its own. */
  storageKey = 'notices';

  /** The IANA time zone dates are shown in. */
  timeZone = DEFAULT_TIME_ZONE;

  /** Level of each notice's title in the page outline, 2 to 6. */
  headingLevel = 3;

  /**
   * Marks notices after this moment (ISO 8601) as new, instead of the visit remembered in this
   * browser: for a signed-in reader whose last visit the server knows.
   */
  since = '';

  /** The category shown; empty for all. */
  private category = '';

  /** The previous visit, remembered in this browser: loads as the list connects, never on the server. */
  private readonly visit = new LazyPartController(this, { load: () => import('./visit.js') });

  /**
   * A checked attribute only sets the initial state (and server rendering writes the attribute,
   * never `.checked`): keep each radio in step when the list changes under a choice.
   */
  override updated(): void {
    for (const input of this.renderRoot.querySelectorAll('input')) input.checked = input.hasAttribute('checked');
  }

  private get level(): HeadingLevel {
    return headingLevel(this, this.headingLevel, 3);
  }

  private shown(timeZone: string): ShownNotice[] {
    // Read (and this visit remembered) even when `since` says when the reader came last.
    const stored = this.visit.module?.previousVisit(this.storageKey);
    const visit = parseDate(this.since, '<ger-notice-list> since') ?? parseDate(stored, '');
    return listOf(this.notices, '<ger-notice-list> notices').flatMap((item) => {
      const title = text(item.title);
      if (!title) {
        warnOnce('<ger-notice-list> a notice has no title; it is left out.');
        return [];
      }
      const href = checkedUrl(text(item.href), '<ger-notice-list> href');
      const date = parseDate(item.date, '<ger-notice-list> date');
      // A day only is new from the day after the last visit; a moment, from the moment after it.
      const isNew = Boolean(date && visit && (date.dayOnly ? dayNumber(date, timeZone) > dayNumber(visit, timeZone) : date.date > visit.date));
      return [{ title, href, date, agency: text(item.agency), category: text(item.category), summary: text(item.summary), isNew }];
    });
  }

  override render() {
    const timeZone = validTimeZone(this.timeZone);
    const notices = this.shown(timeZone);
    const categories = [...new Set(notices.map((notice) => notice.category).filter(Boolean))];
    const category = categories.includes(this.category) ? this.category : '';
    const visible = category ? notices.filter((notice) => notice.category === category) : notices;
    const fresh = visible.filter((notice) => notice.isNew).length;
    return html`
      ${categories.length > 1 ? this.renderFilter(['', ...categories], category) : nothing}
      <p class="count" role="status">
        ${pluralTerm(this.localize, 'noticeCount', visible.length)}${fresh ? ` ${pluralTerm(this.localize, 'noticeNewCount', fresh)}` : nothing}
      </p>
      ${
        visible.length
          ? html`<ul part="list" class="list">
            ${visible.map((notice) => this.renderNotice(notice, timeZone))}
          </ul>`
          : html`<p>${this.localize.term('noNotices')}</p>`
      }
    `;
  }

  private renderFilter(categories: string[], selected: string) {
    return html`<fieldset part="filter" class="filter">
      <legend>${this.localize.term('noticeFilter')}</legend>
      <div class="options">
        ${categories.map(
          (category) =>
            html`<label class="option">
            <input class="focusable" type="radio" name="category" .value=${category} ?checked=${category === selected} @change=${() => (this.category = category)} />
            <span class="text">${category || this.localize.term('allCategories')}</span>
            </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderNotice(notice: ShownNotice, timeZone: string) {
    const date = notice.date;
    // Words apart are apart in one text node: Chromium leaves a space alone between Lit's markers out
    // of what screen readers get ("ШинэИргэний үнэмлэх"). The no-break space keeps the badge with the title.
    return html`<li class="notice">
      ${renderHeading(
        this.level,
        html`${notice.isNew ? html`<span class="new">${this.localize.term('noticeNew')}</span>&nbsp;` : nothing}${
          notice.href ? html`<a class="focusable" href=${notice.href}>${notice.title}</a>` : notice.title
        }`,
        { class: 'title' },
      )}
      <p class="meta">
        ${date ? html`<time datetime=${date.datetime}>${formatDate(this.localize, date, timeZone)}</time>` : nothing}${
          notice.agency ? html`<span>${` ${notice.agency}`}</span>` : nothing
        }${notice.category ? html`<span>${` ${notice.category}`}</span>` : nothing}
      </p>
      ${notice.summary ? html`<p class="summary">${notice.summary}</p>` : nothing}
    </li>`;
  }
}

defineElement('ger-notice-list', GerNoticeList);

declare global {
  interface HTMLElementTagNameMap {
    'ger-notice-list': GerNoticeList;
  }
}
