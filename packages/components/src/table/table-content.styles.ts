import { css } from 'lit';

/**
 * The look of the native table inside ger-table. The table stays in the light DOM (find-in-page,
 * the author's markup), where shadow styles cannot reach its cells, so these rules are adopted
 * by the document (or shadow root) that holds the element, each selector under `ger-table > table`.
 */
export const tableContentStyles = css`
  /*
   * The container the stacked layout queries. Declared here, not on :host: a container name is
   * tree-scoped, so an @container rule in this (light-DOM) sheet only matches a name declared in
   * the same tree; WebKit holds to that, and a name set in the shadow tree never matched there.
   */
  ger-table {
    container: ger-table / inline-size;
  }
  /* Set vertically in a horizontal page: a comfortable column's length, not an empty container's. */
  ger-table:lang(mn-Mong) {
    contain-intrinsic-inline-size: var(--ger-size-measure);
  }

  ger-table > table {
    inline-size: 100%;
    border-collapse: collapse;
    border-spacing: 0;
    color: var(--ger-color-text);
    font-family: var(--ger-font-family-sans);
    line-height: var(--ger-line-height-body);
  }
  /* Declared on each element, as the shadow styles do: spacing in each element's own \`em\`. */
  ger-table > table,
  ger-table > table * {
    letter-spacing: var(--ger-letter-spacing-body);
    word-spacing: var(--ger-word-spacing-body);
  }
  ger-table > table > caption {
    padding-block-end: var(--ger-space-sm);
    font-size: var(--ger-font-size-lg);
    font-weight: var(--ger-font-weight-bold);
    line-height: var(--ger-line-height-heading);
    text-align: start;
    /* A caption is as wide as its table: when the table scrolls sideways it would run past the
       visible box. It wraps to the box instead (100cqi, the ger-table container) and stays in view. */
    max-inline-size: 100cqi;
    position: sticky;
    inset-inline-start: 0;
  }
  ger-table > table :is(th, td) {
    padding-block: var(--ger-space-xs);
    padding-inline: 0 var(--ger-space-md);
    border-block-end: var(--ger-border-width-thin) solid var(--ger-color-border-control);
    text-align: start;
    vertical-align: top;
  }
  ger-table > table :is(th, td):last-child {
    padding-inline-end: 0;
  }
  ger-table > table th {
    font-weight: var(--ger-font-weight-bold);
  }
  ger-table > table > thead th {
    vertical-align: bottom;
  }
  /* Numbers line up digit under digit. */
  ger-table > table [data-numeric] {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }

  /* Stacked rows: each row a block, each cell labelled by its column header. */
  @container ger-table (inline-size < 36em) {
    ger-table[narrow='stack'] > table,
    ger-table[narrow='stack'] > table > :is(caption, tbody, tfoot),
    ger-table[narrow='stack'] > table > :is(tbody, tfoot) > tr,
    ger-table[narrow='stack'] > table > :is(tbody, tfoot) > tr > :is(th, td) {
      display: block;
    }
    ger-table[narrow='stack'] > table > :is(tbody, tfoot) > tr {
      padding-block: var(--ger-space-sm);
      border-block-end: var(--ger-border-width-thin) solid var(--ger-color-border-control);
    }
    ger-table[narrow='stack'] > table > :is(tbody, tfoot) > tr > :is(th, td) {
      padding: 0;
      border: 0;
      text-align: start;
    }
    ger-table[narrow='stack'] > table > :is(tbody, tfoot) > tr > :is(th, td) + :is(th, td) {
      margin-block-start: var(--ger-space-xs);
    }
    ger-table[narrow='stack'] > table > tbody > tr > [data-label]:not([scope='row'])::before {
      content: attr(data-label);
      /* Drawn for the eye only (empty alternative text): the table stays a table, so a screen
         reader already says the column header on entering the cell, and would say it twice. An
         engine without alternative text keeps the declaration above. */
      content: attr(data-label) / '';
      display: block;
      color: var(--ger-color-text-muted);
      font-size: var(--ger-font-size-sm);
      font-weight: var(--ger-font-weight-bold);
    }
    /* The headers stay for screen readers; shown only when they hold the sort buttons. */
    ger-table[narrow='stack'] > table:not([data-sortable]) > thead,
    ger-table[narrow='stack'] > table[data-sortable] > thead > tr > th:not(:has(.ger-table-sort)) {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    ger-table[narrow='stack'] > table[data-sortable] > thead > tr {
      display: flex;
      flex-wrap: wrap;
      column-gap: var(--ger-space-md);
      border-block-end: var(--ger-border-width-thick) solid var(--ger-color-border-control);
    }
    ger-table[narrow='stack'] > table[data-sortable] > thead > tr > th {
      display: block;
      padding: 0;
      border: 0;
    }
  }
`;
