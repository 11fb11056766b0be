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
  .w4 {
    inline-size: calc(4ch + 1.5em);
  }
  .w2 {
    inline-size: calc(2ch + 1.5em);
  }
`;
