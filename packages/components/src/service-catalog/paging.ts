import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, pluralTerm, type LocalizeController } from '../controllers/localize.js';
import { serviceCatalogPagesStrings } from '../locales/service-catalog.js';
import { combineStrings } from '../locales/strings.js';
import { renderHeading, type HeadingLevel } from '../utils/heading.js';
import { warnOnce } from '../utils/warn.js';

/** The results of the page shown with `page-size`: part of the results part, not the catalogue's first download. */
export interface Paging {
  /** The page shown, counting from 1: within the pages, however the URL or a script set it. */
  page: number;
  pages: number;
  /** The results on that page. */
  shown: number[];
  /** The place of the first of them among all the results, counting from 1. */
  first: number;
  /** How many results there are on every page together. */
  total: number;
}

/**
 * Cuts `results` into pages of `pageSize` (0 shows every result; anything but a whole number
 * warns once, naming the value as `written`, and does too).
 */
export function paginate(results: number[], pageSize: number, page: number, written = String(pageSize)): Paging {
  const size = Number(pageSize);
  const total = results.length;
  if (!Number.isInteger(size) || size < 0) warnOnce(`<ger-service-catalog> page-size="${written}" is not a whole number; showing every result.`);
  if (!(Number.isInteger(size) && size > 0)) return { page: 1, pages: 1, shown: results, first: 1, total };
  const pages = Math.max(1, Math.ceil(total / size));
  const shownPage = Math.min(Math.max(1, page), pages);
  const start = (shownPage - 1) * size;
  return { page: shownPage, pages, shown: results.slice(start, start + size), first: start + 1, total };
}

/**
 * The catalogues whose reader chose another page in the pagination (focus goes to the new page,
 * wherever it was), each with where the start of its results was in the window then.
 */
const turning = new WeakMap<Node, { countTop?: number }>();
/** The page each catalogue (its shadow root) showed when it last rendered. */
const pageShown = new WeakMap<Node, number>();

/**
 * Heads the page of results when there are several: which page it is and which results it holds,
 * "Page 2 of 73, results 21 to 40 of 1,448". It takes focus when the page changes (`followPage`), so
 * a screen reader reads it then; it is no live region, so nothing is said twice.
 */
export function renderPageHeading(
  { page, pages, shown, first, total }: Paging,
  localize: LocalizeController,
  level: HeadingLevel,
): TemplateResult | typeof nothing {
  if (pages < 2) return nothing;
  // The words come with this part, not in the catalogue's first download: added to the catalogue's
  // own once, as LazyPartController adds a part's strings to its host's.
  if (!localize.strings.mn.catalogPageHeading) localize.strings = combineStrings(localize.strings, serviceCatalogPagesStrings);
  const number = (value: number) => formatNumber(localize, value);
  const text = pluralTerm(localize, 'catalogPageHeading', shown.length, {
    page: number(page),
    pages: number(pages),
    from: number(first),
    to: number(first + shown.length - 1),
    total: number(total),
  });
  return renderHeading(level, text, { part: 'page-heading', class: 'page-heading focusable', focusable: true });
}

/**
 * `<ger-pagination>` below the results when there is more than one page. A page chosen there is
 * shown by the catalogue (`turnTo`, which writes the URL), not by the pagination, which would keep
 * focus on its own buttons: `followPage` moves it to the new page's heading.
 */
export function renderPagination({ page, pages }: Paging, turnTo: (page: number) => void): TemplateResult | typeof nothing {
  const choose = (event: CustomEvent<{ page: number }>) => {
    event.preventDefault();
    if (event.detail.page === page) return;
    const root = (event.currentTarget as Element).getRootNode();
    turning.set(root, { countTop: countTop(root) });
    turnTo(event.detail.page);
  };
  return pages > 1 ? html`<ger-pagination part="pagination" page=${page} pages=${pages} @ger-page-change=${choose}></ger-pagination>` : nothing;
}

/**
 * After the catalogue rendered `paging`: when it shows another page than before, focus goes to the
 * page's heading, which a screen reader then reads, and the start of the results and the heading
 * come into view if they are not (a pointer user who clicked Next at the bottom sees the new page
 * from its top; one who sees both is not scrolled). That is when the page was chosen in the
 * pagination, and on Back and Forward when focus was among the results, their heading or the
 * pagination (reading or paging). Focus in the search form stays there, as it does on the first
 * page shown.
 */
export function followPage(root: ShadowRoot, paging: Paging | undefined): void {
  const page = paging?.page ?? 1;
  const before = pageShown.get(root);
  pageShown.set(root, page);
  const heading = root.querySelector<HTMLElement>('.page-heading');
  const active = root.activeElement;
  const chosen = turning.get(root);
  turning.delete(root);
  if (before === undefined || before === page || !heading || !(chosen || (active && !active.closest('form')))) return;
  // Focus that is already on the heading is moved off and back, so that the new page is read.
  if (active === heading) heading.blur();
  heading.focus({ preventScroll: true });
  // A task later: on Back and Forward the browser restores the entry's scroll position after the
  // page is drawn, which would leave the focused heading out of view.
  setTimeout(() => {
    const seenAt = chosen?.countTop;
    const now = countTop(root);
    // Results that started in the window stay where the reader saw them, should the page have
    // moved as the cards were replaced (the list is no scroll anchor, but a browser may still).
    if (seenAt !== undefined && now !== undefined && seenAt >= 0 && seenAt < innerHeight) scrollBy(0, now - seenAt);
    // Then the start of the results and the focused heading below it are shown, in whatever
    // scrolls them (the window, or a box the catalogue sits in).
    root.querySelector('.count')?.scrollIntoView({ block: 'nearest' });
    root.querySelector('.page-heading')?.scrollIntoView({ block: 'nearest' });
  });
}

/** Where the start of the results (their count) is in the window, when it is shown. */
function countTop(root: Node): number | undefined {
  return (root as ShadowRoot).querySelector?.('.count')?.getBoundingClientRect().top;
}
