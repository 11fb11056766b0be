import { css } from 'lit';

export const checkAnswersStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .section + .section {
    margin-block-start: var(--ger-space-xl);
  }
  .heading {
    margin-block-end: var(--ger-space-sm);
    font-size: var(--ger-font-size-lg);
    font-weight: var(--ger-font-weight-bold);
    line-height: var(--ger-line-height-heading);
  }
  .list {
    margin: 0;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
    gap: var(--ger-space-xs) var(--ger-space-md);
    padding-block: var(--ger-space-sm);
    border-block-end: var(--ger-border-width-thin) solid var(--ger-color-border);
  }
  dt {
    font-weight: var(--ger-font-weight-bold);
  }
  dd {
    margin: 0;
  }
  /* Line breaks typed in a text area stay line breaks. */
  .value {
    white-space: pre-line;
  }
  .empty {
    color: var(--ger-color-text-muted);
  }
  a {
    color: var(--ger-color-link);
    text-underline-offset: 0.15em;
  }
  a:hover {
    color: var(--ger-color-link-hover);
    text-decoration-thickness: 0.15em;
  }
  /* On a phone, or at 200% text, question, answer and Change stack. */
  @container (inline-size < 30em) {
    .row {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @media (forced-colors: active) {
    a {
      color: LinkText;
    }
  }
`;
