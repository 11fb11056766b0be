/**
 * The sorting of ger-table: the sort buttons, their look and the sort itself. A part that loads
 * later (see `LazyPartController`), as soon as a table has a sortable column, so the buttons
 * work from the moment they appear and a table without sorting never downloads them.
 */
import { css } from 'lit';
import { cellAt, SORT_BUTTON, type Column } from './enhance.js';
import { sortedOrder, sortTypeOf, type SortDirection } from './sort.js';

/**
 * The sort buttons' look. Not the part's `styles` (those go into the element's shadow root): the
 * buttons are in the light DOM with the table, so ger-table adopts these where the table is.
 */
export const sortButtonStyles = css`
  ger-table .ger-table-sort {
    display: inline-flex;
    gap: var(--ger-space-2xs);
    align-items: center;
    min-block-size: var(--ger-size-target-minimum);
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--ger-color-link);
    font: inherit;
    font-weight: var(--ger-font-weight-bold);
    text-align: inherit;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  ger-table [data-numeric] > .ger-table-sort {
    flex-direction: row-reverse;
  }
  ger-table .ger-table-sort:hover {
    color: var(--ger-color-link-hover);
    text-decoration-thickness: 0.15em;
  }
  ger-table .ger-table-sort:focus-visible {
    outline: var(--ger-focus-ring-width) solid var(--ger-color-focus-ring);
    outline-offset: var(--ger-focus-ring-offset);
    box-shadow: 0 0 0 var(--ger-focus-ring-offset) var(--ger-color-focus-ring-inner);
  }
  ger-table .ger-table-sort svg {
    flex: none;
    inline-size: 0.625em;
    block-size: 1em;
    fill: currentcolor;
  }
  /* Both arrows faint until sorted; then only the one that shows the order. */
  ger-table th:not([aria-sort]) .ger-table-sort svg {
    opacity: 0.6;
  }
  /* Set vertically (the traditional script) a column's values run left to right: the arrows turn
     to point along them (first, last), in a box of the same shape. */
  ger-table:lang(mn-Mong) .ger-table-sort svg {
    inline-size: 1em;
    block-size: 0.625em;
    rotate: -90deg;
  }
  ger-table th[aria-sort='ascending'] .ger-table-sort .down,
  ger-table th[aria-sort='descending'] .ger-table-sort .up {
    display: none;
  }
`;

/** Puts a button into each sortable column's header (once), and takes it out of a column no longer sortable. */
export function placeSortButtons(columns: readonly Column[]): void {
  for (const column of columns) {
    if (column.sortable) addSortButton(column.header);
    else removeSortButton(column.header);
  }
}

/** Gives the header its content back, without the order it showed. */
function removeSortButton(header: HTMLTableCellElement) {
  const button = header.querySelector(`:scope > .${SORT_BUTTON}`);
  if (!button) return;
  button.querySelector(':scope > svg')?.remove();
  button.replaceWith(...button.childNodes);
  header.removeAttribute('aria-sort');
}

/** Moves the header's content into a button, with an arrow that shows the order. */
function addSortButton(header: HTMLTableCellElement) {
  if (header.querySelector(`:scope > .${SORT_BUTTON}`)) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = SORT_BUTTON;
  button.append(...header.childNodes);
  // Both arrows are drawn; the styles show the one that matches aria-sort. Hidden from screen
  // readers, which hear aria-sort instead.
  const arrows = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  arrows.setAttribute('aria-hidden', 'true');
  arrows.setAttribute('viewBox', '0 0 10 16');
  for (const [name, path] of [
    ['up', 'M5 1l4 5H1z'],
    ['down', 'M5 15l4-5H1z'],
  ]) {
    const arrow = document.createElementNS(arrows.namespaceURI, 'path');
    arrow.setAttribute('class', name);
    arrow.setAttribute('d', path);
    arrows.append(arrow);
  }
  button.append(arrows);
  header.append(button);
}

/** What a cell sorts by: its `data-sort-value`, else a `<time datetime>` in it, else its text. */
export function sortValue(cell: HTMLTableCellElement | undefined): string {
  if (!cell) return '';
  return (cell.dataset.sortValue ?? cell.querySelector('time')?.dateTime ?? cell.textContent ?? '').trim();
}

/**
 * Sorts each `<tbody>`'s rows by `column` by moving the rows themselves, so nothing the author
 * put in them is lost. Returns whether the column mixed types and was sorted as text.
 */
export function sortRows(table: HTMLTableElement, column: Column, direction: SortDirection, lang: string): boolean {
  let mixed = false;
  for (const body of table.tBodies) {
    const rows = [...body.rows].filter((row) => row !== column.header.parentElement);
    const values = rows.map((row) => sortValue(cellAt(row, column.index)));
    const sortType = sortTypeOf(values, column.type);
    mixed ||= sortType.mixed;
    // Only rows out of place move: a row moved loses the focus inside it, and a row a script
    // added later should not take the reader's place in the others with it.
    let next: Element | null = rows[0] ?? null;
    for (const index of sortedOrder(values, sortType.type, direction, lang)) {
      const row = rows[index];
      if (row === next) next = row.nextElementSibling;
      else body.insertBefore(row, next);
    }
  }
  return mixed;
}
