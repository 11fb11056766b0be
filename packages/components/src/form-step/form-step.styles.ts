import { css } from 'lit';

export const formStepStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
`;
