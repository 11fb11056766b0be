import { SORT_TYPES, sortedOrder, sortTypeOf, type ColumnType, type SortDirection } from './sort.js';

/** A column of a native table, as its header cell describes it. */
export interface Column {
  header: HTMLTableCellElement;
  /** The column's position, counting `colspan`s. */
  index: number;
  /** The header's text: the stacked layout's cell label and the sort announcement's column name. */
  label: string;
  type: ColumnType;
  sortable: boolean;
}

/** Class of the sort button put into a sortable column's header. */
export const SORT_BUTTON = 'ger-table-sort';

/** The header row's cells: the last row of `<thead>`, or a first row of `<th>` only. */
function headerRow(table: HTMLTableElement): HTMLTableRowElement | undefined {
  const head = table.tHead?.rows;
  if (head?.length) return head[head.length - 1];
  const first = table.rows[0];
  return first && [...first.cells].every((cell) => cell.localName === 'th') ? first : undefined;
}

/** The body rows: those of every `<tbody>`, the header row left out. */
export function bodyRows(table: HTMLTableElement): HTMLTableRowElement[] {
  return [...table.tBodies].flatMap((body) => [...body.rows]).filter((row) => row !== headerRow(table));
}

/** The cell of `row` that covers column `index` (cells spanning several columns count for each). */
export function cellAt(row: HTMLTableRowElement, index: number): HTMLTableCellElement | undefined {
  let at = 0;
  for (const cell of row.cells) {
    at += cell.colSpan;
    if (at > index) return cell;
  }
  return undefined;
}

/** What a cell sorts by: its `data-sort-value`, else a `<time datetime>` in it, else its text. */
export function sortValue(cell: HTMLTableCellElement | undefined): string {
  if (!cell) return '';
  return (cell.dataset.sortValue ?? cell.querySelector('time')?.dateTime ?? cell.textContent ?? '').trim();
}

/** `data-type` of a header, checked: `number` also right-aligns the column. */
function columnType(header: HTMLTableCellElement, warn: (message: string) => void): ColumnType {
  const type = header.dataset.type;
  if (!type) return 'auto';
  if ((SORT_TYPES as readonly string[]).includes(type)) return type as ColumnType;
  warn(`data-type="${type}" is not one of ${SORT_TYPES.join(', ')}; using "auto"`);
  return 'auto';
}

/**
 * Adds what a data table needs and authors often leave out, to the author's own markup (which
 * stays in the page, so find-in-page and the author's scripts keep working): `scope` on header
 * cells, `data-numeric` on the cells of number columns (right-aligned, tabular figures),
 * `data-label` on body cells for the stacked layout, and a button in each sortable header.
 * Running it again on the same table changes nothing.
 */
export function enhanceTable(table: HTMLTableElement, options: { sortableByDefault: boolean; labels: boolean; warn: (message: string) => void }): Column[] {
  const header = headerRow(table);
  for (const cell of table.querySelectorAll<HTMLTableCellElement>('th:not([scope])')) {
    const inHeader = cell.parentElement === header || cell.closest('thead');
    cell.scope = inHeader ? (cell.colSpan > 1 ? 'colgroup' : 'col') : 'row';
  }
  if (!header) return [];
  let index = 0;
  const columns: Column[] = [...header.cells].map((cell) => {
    const sortable = cell.dataset.sortable === undefined ? options.sortableByDefault : cell.dataset.sortable !== 'false';
    const column = {
      header: cell,
      index,
      label: (cell.textContent ?? '').trim(),
      type: columnType(cell, options.warn),
      sortable: sortable && cell.colSpan === 1,
    };
    index += cell.colSpan;
    return column;
  });
  const numeric = columns.filter((column) => column.type === 'number');
  for (const column of numeric) column.header.dataset.numeric = '';
  for (const row of bodyRows(table)) {
    for (const column of numeric) cellAt(row, column.index)?.setAttribute('data-numeric', '');
    if (options.labels) for (const column of columns) cellAt(row, column.index)?.setAttribute('data-label', column.label);
  }
  for (const column of columns) if (column.sortable) addSortButton(column.header);
  table.toggleAttribute(
    'data-sortable',
    columns.some((column) => column.sortable),
  );
  return columns;
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
    body.append(...sortedOrder(values, sortType.type, direction, lang).map((index) => rows[index]));
  }
  return mixed;
}
