import { css } from 'lit';

export const checkboxGroupStyles = css`
  ::slotted(ger-checkbox) {
    margin-block-end: 0;
  }
`;
