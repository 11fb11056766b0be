import { css } from 'lit';

/** The character count under a text control. */
export const countStyles = css`
  .count {
    color: var(--ger-field-hint);
  }
  .count.over {
    color: var(--ger-field-error);
    font-weight: var(--ger-font-weight-bold);
  }
`;
