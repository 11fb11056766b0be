/** A gap in the page numbers, drawn as an ellipsis. */
export const GAP = 0;

/**
 * The page numbers to show, as GOV.UK Frontend shows them: the first and the last page, the
 * current page and its neighbours, and `GAP` where pages are left out. A gap that would hide a
 * single page shows that page instead: "1 2 3" rather than "1 … 3".
 */
export function pageItems(current: number, pages: number): number[] {
  const shown = [...new Set([1, current - 1, current, current + 1, pages])].filter((page) => page >= 1 && page <= pages).sort((a, b) => a - b);
  const items: number[] = [];
  let previous = 0;
  for (const page of shown) {
    if (page - previous === 2) items.push(previous + 1);
    else if (page - previous > 2) items.push(GAP);
    items.push(page);
    previous = page;
  }
  return items;
}
