import { css } from 'lit';

/** The summary list's look, shared by ger-summary-list and ger-check-answers. */
export const summaryListStyles = css`
  /* The host is a box: an author lays it out, measures it, scrolls to it and clicks it. */
  :host {
    display: block;
    color: var(--ger-color-text);
  }
  .section + .section {
    margin-block-start: var(--ger-space-xl);
  }
  .heading {
    margin-block-end: var(--ger-space-sm);
    font-size: var(--ger-font-size-lg);
    font-weight: var(--ger-font-weight-bold);
    line-height: var(--ger-line-height-heading);
  }
  /* The list is the grid and each row takes its columns (subgrid), so keys, values and actions
     line up from row to row, a row without actions included. */
  .list {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    column-gap: var(--ger-space-md);
    margin: 0;
  }
  .list.with-actions {
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
  }
  .row {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    row-gap: var(--ger-space-xs);
    padding-block: var(--ger-space-sm);
    border-block-end: var(--ger-border-width-thin) solid var(--ger-color-border);
  }
  dt {
    font-weight: var(--ger-font-weight-bold);
  }
  dd {
    margin: 0;
  }
  /* Line breaks typed in a text area, or in an address, stay line breaks. */
  .value {
    white-space: pre-line;
  }
  .empty {
    color: var(--ger-color-text-muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ger-space-xs) var(--ger-space-md);
    justify-content: end;
  }
  a {
    color: var(--ger-color-link);
    text-underline-offset: 0.15em;
  }
  a:hover {
    color: var(--ger-color-link-hover);
    text-decoration-thickness: 0.15em;
  }
  /* A card: the title on a tinted bar, the rows inside a border. */
  .card {
    border: var(--ger-border-width-thin) solid var(--ger-color-border);
  }
  .card > .heading {
    margin: 0;
    padding: var(--ger-space-sm) var(--ger-space-md);
    background: var(--ger-color-surface-sunken);
    border-block-end: var(--ger-border-width-thin) solid var(--ger-color-border);
  }
  .card > .list {
    padding-inline: var(--ger-space-md);
  }
  .card .row:last-child {
    border-block-end: 0;
  }
  /* On a phone, or at 200% text, key, value and actions stack. */
  @container (inline-size < 30em) {
    .list,
    .list.with-actions {
      grid-template-columns: minmax(0, 1fr);
    }
    .actions {
      justify-content: start;
    }
    .card > .heading,
    .card > .list {
      padding-inline: var(--ger-space-xs);
    }
  }
  @media (forced-colors: active) {
    a {
      color: LinkText;
    }
    .card > .heading {
      border-block-end-color: CanvasText;
    }
  }
`;
