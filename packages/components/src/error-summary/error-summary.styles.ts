import { css } from 'lit';

export const errorSummaryStyles = css`
  :host {
    display: block;
  }
  .summary {
    margin-block-end: var(--ger-space-xl);
    padding: var(--ger-space-md);
    border: var(--ger-field-error-bar-width) solid var(--ger-field-error);
    background: var(--ger-color-surface-raised);
    color: var(--ger-color-text);
  }
  .summary:focus-visible {
    outline: var(--ger-focus-ring-width) solid var(--ger-color-focus-ring);
    outline-offset: var(--ger-focus-ring-offset);
  }
  .heading {
    margin-block-end: var(--ger-space-sm);
    font-size: var(--ger-font-size-lg);
    font-weight: var(--ger-font-weight-bold);
    line-height: var(--ger-line-height-heading);
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li + li {
    margin-block-start: var(--ger-space-xs);
  }
  a {
    color: var(--ger-field-error);
    font-weight: var(--ger-font-weight-bold);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  @media (forced-colors: active) {
    .summary {
      border-color: CanvasText;
    }
    a {
      color: LinkText;
    }
  }
`;
