import { css } from 'lit';

/**
 * Labels, hints, errors and text fields of the components that hold a small form of their own
 * (request lookup, feedback), through the input tokens. Their submit button is an `action`
 * (action.styles.ts).
 */
export const smallFormStyles = css`
  .label {
    display: block;
    font-weight: var(--ger-font-weight-bold);
  }
  .hint {
    margin-block: var(--ger-space-3xs) var(--ger-space-xs);
    color: var(--ger-color-text-muted);
  }
  .error {
    margin-block: 0 var(--ger-space-xs);
    padding-inline-start: var(--ger-space-sm);
    border-inline-start: var(--ger-border-width-heavy) solid var(--ger-input-border-invalid);
    color: var(--ger-color-text);
    font-weight: var(--ger-font-weight-bold);
  }
  .input {
    min-block-size: var(--ger-input-min-size);
    max-inline-size: 100%;
    padding-inline: var(--ger-space-xs);
    border: var(--ger-input-border-width) solid var(--ger-input-border);
    border-radius: var(--ger-input-radius);
    background: var(--ger-input-background);
    color: var(--ger-input-foreground);
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  [aria-invalid='true'] {
    border-color: var(--ger-input-border-invalid);
    border-width: var(--ger-border-width-heavy);
  }
  @media (forced-colors: active) {
    [aria-invalid='true'],
    .error {
      border-color: CanvasText;
    }
  }
`;
