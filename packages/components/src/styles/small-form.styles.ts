import { css } from 'lit';

/**
 * Labels, hints, errors, text fields and the primary button of the components that hold a
 * small form of their own (request lookup, feedback), through the input and button tokens.
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
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    max-inline-size: 100%;
    min-block-size: var(--ger-button-min-size);
    padding-block: var(--ger-button-padding-block);
    padding-inline: var(--ger-button-padding-inline);
    border: var(--ger-button-border-width) solid transparent;
    border-radius: var(--ger-button-radius);
    background: var(--ger-button-primary-background);
    color: var(--ger-button-primary-foreground);
    font: inherit;
    font-weight: var(--ger-button-font-weight);
    letter-spacing: inherit;
    word-spacing: inherit;
    line-height: var(--ger-line-height-tight);
    text-align: center;
    cursor: pointer;
  }
  .button:hover {
    background: var(--ger-button-primary-background-hover);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    [aria-invalid='true'],
    .error {
      border-color: CanvasText;
    }
  }
`;
