import { css } from 'lit';

export const tableStyles = css`
  /* The host is a box; the container its narrow layouts query is declared with the table's own styles (table-content.styles.ts). */
  :host {
    display: block;
    color: var(--ger-color-text);
  }

  /* Scrolls sideways when the table is wider than the page; block size follows the table. */
  .region {
    overflow: auto;
  }
`;
