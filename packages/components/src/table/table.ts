import { html, nothing, type CSSResult, type PropertyDeclarations, type PropertyValues } from 'lit';
import { jsonList } from '../base/converters.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import { LazyPartController } from '../base/lazy-part.js';
import { tableStrings } from '../locales/table.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { announce } from '../utils/announce.js';
import { deepActiveElement } from '../utils/focus.js';
import { warnOnce } from '../utils/warn.js';
import type { TableColumn, TableRow } from './data-table.js';
import { enhanceTable, SORT_BUTTON, type Column } from './enhance.js';
import type { SortDirection } from './sort.js';
import { tableContentStyles } from './table-content.styles.js';
import { tableStyles } from './table.styles.js';
import { oneOf } from '../utils/one-of.js';

export type { TableColumn, TableRow, SortDirection };

const NARROW = ['scroll', 'stack'] as const;
type Narrow = (typeof NARROW)[number];

/** The table's own look lives in the light DOM with the table: adopted once by each document or shadow root that holds a ger-table. */
function adoptContentStyles(root: Node, styles: CSSResult) {
  const sheet = styles.styleSheet;
  const tree = root as Partial<DocumentOrShadowRoot>;
  if (!sheet || !tree.adoptedStyleSheets || tree.adoptedStyleSheets.includes(sheet)) return;
  tree.adoptedStyleSheets = [...tree.adoptedStyleSheets, sheet];
}

/**
 * @tagname ger-table
 * @summary A table of real data (fees, office hours, statistics): caption, headers with scope, numbers aligned, optional sorting, and every cell reachable on a narrow screen.
 *
 * Write a native `<table>` inside it, or give `columns` and `rows` and it writes one. Either way
 * the table stays in the page's light DOM: find-in-page, the author's markup and scripts keep
 * working, and ger-table adds only what is missing: `scope` on header cells, right-aligned
 * tabular figures in `data-type="number"` columns, sort buttons with `aria-sort` (the new order
 * is announced), and the narrow-screen layout chosen with `narrow`.
 *
 * On a narrow screen (or at 200% text) a wide table scrolls sideways inside a region named by
 * its caption, which takes keyboard focus so arrow keys scroll it (`narrow="scroll"`, the WCAG
 * 1.4.10 exception for tables), or its rows become stacked blocks, each cell labelled by its
 * column header (`narrow="stack"`).
 *
 * @slot - A native `<table>` with a `<caption>`. Header cells may carry `data-type` (`number`, `date`, `text`) and `data-sortable`; a cell may carry `data-sort-value`.
 *
 * @csspart region - The box the table scrolls in.
 *
 * @fires ger-sort - Before a column is sorted. Cancel it with `preventDefault()` to sort the rows yourself (on the server); the header still shows the order, and rows added later stay where you put them (ger-table sorts those into place only when it sorted).
 *
 * @cssprop --ger-border-width-thick - Control borders (inputs, secondary buttons).
 * @cssprop --ger-border-width-thin - Decorative dividers.
 * @cssprop --ger-color-border-control - Borders of inputs and controls: 3:1 against surfaces (WCAG 1.4.11).
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-link - Links.
 * @cssprop --ger-color-link-hover - Links on hover.
 * @cssprop --ger-color-text - Body text.
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
 * @cssprop --ger-size-target-minimum - Minimum size of every interactive target: 44 px at default text size (WCAG 2.5.5 AAA, the Ger standard).
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerTable extends GerElement {
  static override styles = [...sharedStyles, tableStyles];
  static override strings = tableStrings;
  static override properties: PropertyDeclarations = {
    columns: { converter: jsonList },
    rows: { converter: jsonList },
    caption: {},
    sortable: { type: Boolean },
    // Reflected: the stacked layout's light-DOM styles select the attribute, so a value an app sets as a property counts too.
    narrow: { reflect: true },
    scrolls: { state: true },
  };

  /** The columns of a table built from data: `[{ "key": "fee", "label": "Хураамж", "type": "number" }]`. */
  columns: TableColumn[] = [];

  /** The rows of a table built from data, one object per row, keyed by the columns' `key`. */
  rows: TableRow[] = [];

  /** The caption of a table built from data (an author's table has its own `<caption>`). */
  caption = '';

  /** Every column can be sorted (a header's `data-sortable="false"` or a column's `sortable: false` opts out). */
  sortable = false;

  /** On a narrow screen: `scroll` (default) sideways in a focusable region, or `stack` the rows. */
  narrow: Narrow = 'scroll';

  /** Whether the table is wider than its box now: then the region is named and focusable. */
  private scrolls = false;

  private table?: HTMLTableElement;
  private tableColumns: Column[] = [];
  /** The table built from data, and what it was built from: columns, rows, caption and language. */
  private built?: { table?: HTMLTableElement; from: unknown[] };
  /** The column the header shows sorted; `byApp` when the app sorts the rows itself (it cancelled ger-sort). */
  private sorted?: { index: number; direction: SortDirection; byApp: boolean };
  /** The column whose sort button had focus when the table built from data was replaced. */
  private refocusColumn?: number;
  private resizes?: ResizeObserver;
  /**
   * Rows, header text and column types an author's script changes later get what the first ones
   * got (labels, number alignment, scopes, sort buttons). One observer a table, its records batched into one pass a task.
   */
  private readonly changes = typeof MutationObserver === 'undefined' ? undefined : new MutationObserver(() => this.enhance());

  /** Builds the table from `columns` and `rows`: loaded once columns are given. */
  private readonly dataPart = new LazyPartController(this, { load: () => import('./data-table.js'), when: 'request' });

  /** The sort buttons and the sort: loaded as soon as the table has a sortable column, so a click sorts at once. */
  private readonly sortingPart = new LazyPartController(this, {
    load: () => import('./sorting.js'),
    when: 'request',
    loaded: (sorting) => {
      adoptContentStyles(this.getRootNode(), sorting.sortButtonStyles);
      this.enhance();
    },
  });

  constructor() {
    super();
    // On the element itself, so nothing needs removing: a click on a sort button inside the table.
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest?.(`.${SORT_BUTTON}`);
      if (!button || button.closest('ger-table') !== this) return;
      const column = this.tableColumns.find((candidate) => candidate.header.contains(button));
      if (column) this.sortBy(column.index);
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptContentStyles(this.getRootNode(), tableContentStyles);
    const sorting = this.sortingPart.module;
    if (sorting) adoptContentStyles(this.getRootNode(), sorting.sortButtonStyles);
    this.changes?.observe(this, { childList: true, subtree: true, characterData: true, attributeFilter: ['data-type', 'data-sortable'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizes?.disconnect();
    this.changes?.disconnect();
  }

  private get narrowLayout(): Narrow {
    return oneOf(this, 'narrow', this.narrow, NARROW, 'scroll');
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.columns?.length) void this.dataPart.load();
    this.buildFromData();
    if (changed.has('narrow') || changed.has('sortable') || this.table !== this.querySelector(':scope > table')) this.enhance();
  }

  /** Builds the table from data once its part has loaded, and again when the data, caption or language change. */
  private buildFromData() {
    const data = this.dataPart.module;
    const from = [this.columns, this.rows, this.caption, this.localize.lang];
    if (!data || from.every((input, index) => input === this.built?.from[index])) return;
    if (this.querySelector(':scope > table:not([data-ger-built])')) {
      warnOnce('<ger-table> has both its own <table> and columns; the <table> is shown.');
      return;
    }
    const table = data.buildTable(this.columns, this.rows, this.caption, this.localize);
    if (table) {
      if (this.built?.table) {
        // A keyboard user who pressed a sort button (an app answering ger-sort with new rows)
        // stays on that column's button in the new table, not on the page's start.
        const active = deepActiveElement();
        this.refocusColumn = this.tableColumns.find((column) => column.header.contains(active))?.index;
        this.built.table.replaceWith(table);
      } else this.append(table);
    }
    this.built = { table: table ?? this.built?.table, from };
  }

  /** Finds the table and adds what it lacks; called when it is slotted, rebuilt or the options change. */
  private enhance() {
    const table = this.querySelector<HTMLTableElement>(':scope > table') ?? undefined;
    const fresh = table !== this.table;
    this.table = table;
    if (!table) {
      if (this.hasUpdated && !this.columns?.length)
        warnOnce('<ger-table> needs a <table> inside it, or columns (a JSON list when written as an attribute) and rows.');
      this.tableColumns = [];
      return;
    }
    if (!table.caption?.textContent?.trim())
      warnOnce('<ger-table> the table has no caption: a caption names the table for everyone, and its scrolling region.');
    this.tableColumns = enhanceTable(table, {
      sortableByDefault: this.sortable,
      labels: this.narrowLayout === 'stack',
      warn: (message) => warnOnce(`<ger-table> ${message}`),
    });
    if (this.tableColumns.some((column) => column.sortable)) void this.sortingPart.load();
    this.sortingPart.module?.placeSortButtons(this.tableColumns);
    if (fresh && this.refocusColumn !== undefined) {
      const header = this.tableColumns.find((column) => column.index === this.refocusColumn)?.header;
      header?.querySelector<HTMLElement>(`.${SORT_BUTTON}`)?.focus();
      this.refocusColumn = undefined;
    }
    // Rows a script adds or changes go where the header says, as a rebuilt table's do; an app
    // that sorts the rows itself puts them in order, and ger-table leaves them where it put them.
    if (this.sorted) this.applySort(this.sorted.index, this.sorted.direction, this.sorted.byApp);
    this.watchSize(table);
    // What this pass changed itself (sort buttons, rows moved) needs no second pass.
    this.changes?.takeRecords();
  }

  /** The region is named and focusable only while the table overflows it: no empty tab stop otherwise. */
  private watchSize(table: HTMLTableElement) {
    this.resizes?.disconnect();
    const region = this.renderRoot.querySelector('.region');
    if (!region || typeof ResizeObserver === 'undefined') return;
    this.resizes = new ResizeObserver(() => {
      this.scrolls = region.scrollWidth > region.clientWidth + 1 || region.scrollHeight > region.clientHeight + 1;
    });
    this.resizes.observe(region);
    this.resizes.observe(table);
  }

  /**
   * Sorts the rows by the column at `index` (counting from 0): ascending first, then each call
   * turns the order round, unless `direction` is given. The new order is announced.
   */
  sortBy(index: number, direction?: SortDirection): void {
    const column = this.tableColumns.find((candidate) => candidate.index === index && candidate.sortable);
    if (!column) {
      warnOnce(`<ger-table> column ${index} cannot be sorted (there is no sortable column there).`);
      return;
    }
    if (!this.sortingPart.module) {
      // A click before the sorting has loaded (a slow link): sort once it has.
      this.sortingPart.load().then(
        () => this.sortBy(index, direction),
        () => {},
      );
      return;
    }
    direction ??= column.header.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    const yourself = !this.emit('ger-sort', { column: index, label: column.label, direction }, true);
    this.applySort(index, direction, yourself);
    const key = direction === 'ascending' ? 'tableSortedAscending' : 'tableSortedDescending';
    announce(this.localize.term(key, { column: column.label }), this.localize.lang);
  }

  private applySort(index: number, direction: SortDirection, byApp = false) {
    const column = this.tableColumns.find((candidate) => candidate.index === index && candidate.sortable);
    // A column a script made unsortable keeps its rows where they are and shows no order. (A
    // column found means a table: the columns are read from it.)
    if (!column) return void (this.sorted = undefined);
    if (!byApp && this.sortingPart.module?.sortRows(this.table!, column, direction, this.localize.lang)) {
      warnOnce(`<ger-table> column "${column.label}" mixes numbers or dates with text; it is sorted as text.`);
    }
    for (const other of this.tableColumns) other.header.removeAttribute('aria-sort');
    column.header.setAttribute('aria-sort', direction);
    this.sorted = { index, direction, byApp };
  }

  override render() {
    // Stacked rows do not overflow; if they do anyway (a cell with a long unbroken word, an
    // engine without container queries), the region scrolls by keyboard as in the scroll layout.
    const scrolls = this.scrolls;
    const label = this.table?.caption?.textContent?.trim() || this.localize.term('tableRegion');
    return html`<div
      part="region"
      class="region focusable"
      role=${scrolls ? 'region' : nothing}
      aria-label=${scrolls ? label : nothing}
      tabindex=${scrolls ? '0' : nothing}
    ><slot @slotchange=${() => this.enhance()}></slot></div>`;
  }
}

defineElement('ger-table', GerTable);

declare global {
  interface HTMLElementTagNameMap {
    'ger-table': GerTable;
  }
}
