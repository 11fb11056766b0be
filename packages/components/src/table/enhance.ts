// The sort itself (sort.ts) is not imported here: it comes with the sorting part, so a table
// without sortable columns never downloads it.

/** The types a column may declare (`data-type`); `auto` looks at the values. */
export const COLUMN_TYPES = ['auto', 'text', 'number', 'date'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

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

/** `data-type` of a header, checked: `number` also right-aligns the column. */
function columnType(header: HTMLTableCellElement, warn: (message: string) => void): ColumnType {
  const type = header.dataset.type;
  if (!type) return 'auto';
  if ((COLUMN_TYPES as readonly string[]).includes(type)) return type as ColumnType;
  warn(`data-type="${type}" is not one of ${COLUMN_TYPES.join(', ')}; using "auto"`);
  return 'auto';
}

/**
 * Adds what a data table needs and authors often leave out, to the author's own markup (which
 * stays in the page, so find-in-page and the author's scripts keep working): `scope` on header
 * cells, `data-numeric` on the cells of number columns (right-aligned, tabular figures),
 * `data-label` on body cells for the stacked layout, and `data-sortable` on a table with a
 * sortable column (whose buttons the sorting part adds). Running it again changes nothing.
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
    const type = columnType(cell, options.warn);
    // Toggled, not only added: a column whose data-type a script changes later loses its alignment.
    cell.toggleAttribute('data-numeric', type === 'number');
    const column = { header: cell, index, label: cell.textContent!.trim(), type, sortable: sortable && cell.colSpan === 1 };
    index += cell.colSpan;
    return column;
  });
  for (const row of bodyRows(table)) {
    for (const column of columns) {
      const cell = cellAt(row, column.index);
      cell?.toggleAttribute('data-numeric', column.type === 'number');
      if (options.labels) cell?.setAttribute('data-label', column.label);
    }
  }
  table.toggleAttribute(
    'data-sortable',
    columns.some((column) => column.sortable),
  );
  return columns;
}
