import { css } from 'lit';

export const selectStyles = css`
  select {
    cursor: pointer;
  }
`;
