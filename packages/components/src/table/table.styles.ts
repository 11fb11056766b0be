import { css } from 'lit';

export const tableStyles = css`
  /* The host is a box, and the container its narrow layouts query (the table's own styles are in table-content.styles.ts). */
  :host {
    display: block;
    container: ger-table / inline-size;
    color: var(--ger-color-text);
  }

  /* Scrolls sideways when the table is wider than the page; block size follows the table. */
  .region {
    overflow: auto;
  }
`;
