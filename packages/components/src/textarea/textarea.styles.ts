import { css } from 'lit';

export const textareaStyles = css`
  textarea {
    min-block-size: calc(var(--ger-line-height-body) * 3em);
    resize: vertical;
  }
`;
