import { css } from 'lit';

export const formStepsStyles = css`
  :host {
    display: block;
    color: var(--ger-color-text);
  }

  .notice.shown {
    margin-block-end: var(--ger-space-lg);
    padding: var(--ger-space-sm) var(--ger-space-md);
    border-inline-start: var(--ger-border-width-heavy) solid var(--ger-color-info);
    background: var(--ger-color-info-subtle);
    color: var(--ger-color-on-info-subtle);
  }
  .notice p {
    margin: 0;
  }
  .notice .action {
    margin-block-start: var(--ger-space-2xs);
    padding-inline: 0;
    color: inherit;
  }

  .progress {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ger-space-xs) var(--ger-space-md);
    margin-block: 0 var(--ger-space-lg);
    padding: 0;
    list-style: none;
    color: var(--ger-color-text-muted);
    font-size: var(--ger-font-size-sm);
  }
  .progress li {
    display: flex;
    align-items: center;
    gap: var(--ger-space-2xs);
  }
  .number {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: 1.75em;
    min-block-size: 1.75em;
    border: var(--ger-border-width-thick) solid currentColor;
    border-radius: var(--ger-radius-pill);
    font-weight: var(--ger-font-weight-bold);
  }
  .progress .done {
    color: var(--ger-color-text);
  }
  .progress .current {
    color: var(--ger-color-text);
    font-weight: var(--ger-font-weight-bold);
  }
  .current .number {
    border-color: var(--ger-field-selected);
    background: var(--ger-field-selected);
    color: var(--ger-field-on-selected);
  }

  .heading {
    margin-block: 0 var(--ger-space-lg);
    font-size: var(--ger-font-size-xl);
    font-weight: var(--ger-font-weight-bold);
    line-height: var(--ger-line-height-heading);
    outline: none;
  }
  .heading.level-1 {
    font-size: var(--ger-font-size-2xl);
  }
  .heading:focus-visible {
    outline: var(--ger-focus-ring-width) solid var(--ger-color-focus-ring);
    outline-offset: var(--ger-focus-ring-offset);
  }
  .caption {
    display: block;
    margin-block-end: var(--ger-space-2xs);
    color: var(--ger-color-text-muted);
    font-size: var(--ger-font-size-md);
    font-weight: var(--ger-font-weight-regular);
  }
  .optional {
    font-weight: var(--ger-font-weight-regular);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ger-space-sm);
    margin-block-start: var(--ger-space-lg);
  }
  .saved {
    margin-block: var(--ger-space-sm) 0;
    color: var(--ger-color-text-muted);
    font-size: var(--ger-font-size-sm);
  }

  @media (forced-colors: active) {
    .current .number {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .notice.shown {
      border: var(--ger-border-width-thin) solid CanvasText;
    }
  }
`;
