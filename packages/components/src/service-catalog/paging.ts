import { html, nothing, type TemplateResult } from 'lit';
import { warnOnce } from '../utils/warn.js';

/** The results of the page shown with `page-size`: part of the results part, not the catalogue's first download. */
export interface Paging {
  /** The page shown, counting from 1: within the pages, however the URL or a script set it. */
  page: number;
  pages: number;
  /** The results on that page. */
  shown: number[];
}

/**
 * Cuts `results` into pages of `pageSize` (0 shows every result; anything but a whole number
 * warns once, naming the value as `written`, and does too).
 */
export function paginate(results: number[], pageSize: number, page: number, written = String(pageSize)): Paging {
  const size = Number(pageSize);
  if (!Number.isInteger(size) || size < 0) warnOnce(`<ger-service-catalog> page-size="${written}" is not a whole number; showing every result.`);
  if (!(Number.isInteger(size) && size > 0)) return { page: 1, pages: 1, shown: results };
  const pages = Math.max(1, Math.ceil(results.length / size));
  const shownPage = Math.min(Math.max(1, page), pages);
  return { page: shownPage, pages, shown: results.slice((shownPage - 1) * size, shownPage * size) };
}

/** `<ger-pagination>` below the results when there is more than one page. */
export function renderPagination({ page, pages }: Paging, onPageChange: (event: CustomEvent<{ page: number }>) => void): TemplateResult | typeof nothing {
  return pages > 1 ? html`<ger-pagination part="pagination" page=${page} pages=${pages} @ger-page-change=${onPageChange}></ger-pagination>` : nothing;
}
