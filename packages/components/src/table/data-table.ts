/**
 * The table built from `columns` and `rows`: a part that loads later (see `LazyPartController`),
 * when a ger-table is given columns, so a page that writes its own <table> never downloads it.
 */
import { listOf, text } from '../base/converters.js';
import { formatDateTime, formatNumber, type LocalizeController } from '../controllers/localize.js';
import { warnOnce } from '../utils/warn.js';
import type { ColumnType } from './enhance.js';

/** A column of a table built from data. */
export interface TableColumn {
  /** The property of each row shown in this column. */
  key: string;
  /** The column header. */
  label: string;
  /** `number` right-aligns with tabular figures and formats numbers; `date` formats dates; `auto` (default) compares by the values. */
  type?: ColumnType;
  /** The cells are row headers (`<th scope="row">`): the first column, usually. */
  rowHeader?: boolean;
  /** Overrides the table's `sortable` for this column. */
  sortable?: boolean;
  /** How numbers or dates of this column are written (`Intl.NumberFormat` or `Intl.DateTimeFormat` options). */
  format?: Intl.NumberFormatOptions & Intl.DateTimeFormatOptions;
}

/** A row: the value of each column by its `key`. */
export type TableRow = Record<string, unknown>;

/** A cell's text and, when it is written differently from how it sorts, its sort value. */
function cellContent(value: unknown, column: TableColumn, localize: LocalizeController, where: string): [string, string?] {
  if (column.type === 'number' && typeof value === 'number' && Number.isFinite(value)) return [formatNumber(localize, value, column.format), String(value)];
  if (column.type === 'date' && (typeof value === 'string' || value instanceof Date)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return [formatDateTime(localize, date, column.format ?? { dateStyle: 'medium' }), date.toISOString()];
  }
  if (value != null && typeof value === 'object') warnOnce(`${where}: "${column.key}" is an object, not text; the cell is left empty.`);
  return [text(value)];
}

/** The column, without a `format` that `Intl` refuses (the default writes its cells then, with a warning). */
function usableFormat(column: TableColumn, where: string): TableColumn {
  const { format, type } = column;
  if (format == null || (type != 'number' && type != 'date')) return column;
  try {
    if (type == 'number') new Intl.NumberFormat(undefined, format);
    else new Intl.DateTimeFormat(undefined, format);
    return column;
  } catch (error) {
    warnOnce(`${where}: the format of "${column.key}" cannot be used (${(error as Error).message}); the default is used.`);
    return { ...column, format: undefined };
  }
}

/** The columns that can be shown: each needs a key and a label. */
function validColumns(value: unknown, where: string): TableColumn[] {
  return listOf(value, where).flatMap((column) => {
    if (typeof column.key === 'string' && column.key && typeof column.label === 'string') return [usableFormat(column as unknown as TableColumn, where)];
    warnOnce(`${where}: a column needs a "key" and a "label"; it is left out.`);
    return [];
  });
}

/**
 * The native table an author would write for `rows`: a caption, a header row and a body row
 * per item, or none when no column can be shown (each bad column is warned about). Text goes in
 * through `textContent` only, so data can never become markup. Each row is a clone of one
 * prototype row, which is much faster than building cells one by one.
 */
export function buildTable(columnList: unknown, rows: unknown, caption: string, localize: LocalizeController): HTMLTableElement | undefined {
  const columns = validColumns(columnList, '<ger-table> columns');
  if (!columns.length) return undefined;
  const where = '<ger-table> rows';
  const table = document.createElement('table');
  // Marks the table as ger-table's own, to tell it from one the author wrote.
  table.dataset.gerBuilt = '';
  table.createCaption().textContent = caption;
  const head = table.createTHead().insertRow();
  const prototype = document.createElement('tr');
  for (const column of columns) {
    const header = document.createElement('th');
    header.textContent = column.label;
    if (column.type) header.dataset.type = column.type;
    if (column.sortable !== undefined) header.dataset.sortable = String(column.sortable);
    head.append(header);
    const cell = document.createElement(column.rowHeader ? 'th' : 'td');
    if (column.rowHeader) cell.setAttribute('scope', 'row');
    prototype.append(cell);
  }
  const body = table.createTBody();
  const items = listOf(rows, where);
  if (!items.length) {
    const empty = body.insertRow().insertCell();
    empty.colSpan = columns.length;
    empty.textContent = localize.term('tableEmpty');
    return table;
  }
  for (const item of items) {
    const row = prototype.cloneNode(true) as HTMLTableRowElement;
    columns.forEach((column, index) => {
      const cell = row.cells[index];
      const [shown, sortValue] = cellContent(item[column.key], column, localize, where);
      cell.textContent = shown;
      if (sortValue !== undefined) cell.dataset.sortValue = sortValue;
    });
    body.append(row);
  }
  return table;
}
