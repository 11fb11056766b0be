import { css } from 'lit';

export const registrationNumberStyles = css`
  .input {
    max-inline-size: calc(12ch + 1.5em);
    font-variant-numeric: tabular-nums;
  }
`;
