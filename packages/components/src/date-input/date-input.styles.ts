import { css } from 'lit';

export const dateInputStyles = css`
  .parts {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--ger-space-md);
  }

  .part label {
    display: block;
    margin-block-end: var(--ger-space-2xs);
  }
  /* A character counts its letter spacing too: the year still fits at the widest spacing, in either writing mode. */
  .w4 {
    inline-size: calc(4 * (1ch + var(--ger-letter-spacing-body, 0em)) + 1.5em);
  }
  .w2 {
    inline-size: calc(2 * (1ch + var(--ger-letter-spacing-body, 0em)) + 1.5em);
  }
`;
