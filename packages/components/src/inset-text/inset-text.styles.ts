import { css } from 'lit';

export const insetTextStyles = css`
  /* The host is a box: an author lays it out, measures it, scrolls to it and clicks it. */
  :host {
    display: block;
    max-inline-size: var(--ger-size-measure);
    margin-block: var(--ger-space-lg);
    color: var(--ger-color-text);
  }
  /* Nothing to set apart: no empty bar on the page. */
  :host(:empty) {
    display: none;
  }

  .base {
    padding-block: var(--ger-space-md);
    padding-inline: var(--ger-space-md) 0;
    border-inline-start: var(--ger-border-width-heavy) solid var(--ger-color-border);
  }
  ::slotted(*) {
    margin-block: 0 var(--ger-paragraph-spacing);
  }
  ::slotted(:last-child) {
    margin-block-end: 0;
  }

  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
  }
`;
