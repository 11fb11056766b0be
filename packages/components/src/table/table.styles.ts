import { css } from 'lit';

export const tableStyles = css`
  /* The host is a box: an author lays it out, measures it, scrolls to it and clicks it. */
  :host {
    display: block;
    color: var(--ger-color-text);
  }

  .base {
    padding-block: var(--ger-space-sm);
    padding-inline: var(--ger-space-md);
  }
`;
