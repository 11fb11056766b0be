import { css } from 'lit';

export const fileUploadStyles = css`
  .drop {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ger-space-sm);
    padding: var(--ger-space-md);
    border: var(--ger-border-width-thick) dashed var(--ger-color-border-control);
    border-radius: var(--ger-radius-md);
    background: var(--ger-field-drop-zone);
    color: var(--ger-color-text);
  }
  .drop.dragging {
    border-style: solid;
    border-color: var(--ger-field-selected);
  }
  .invalid .drop {
    border-color: var(--ger-input-border-invalid);
  }
  button {
    min-block-size: var(--ger-size-target-minimum);
    padding-block: var(--ger-space-2xs);
    padding-inline: var(--ger-space-md);
    border: var(--ger-button-border-width) solid var(--ger-button-secondary-border);
    border-radius: var(--ger-button-radius);
    background: var(--ger-button-secondary-background);
    color: var(--ger-button-secondary-foreground);
    font: inherit;
    font-weight: var(--ger-button-font-weight);
    letter-spacing: inherit;
    word-spacing: inherit;
    cursor: pointer;
  }
  button:hover {
    background: var(--ger-button-secondary-background-hover);
    color: var(--ger-button-secondary-foreground-hover);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .file {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ger-space-xs) var(--ger-space-sm);
    inline-size: 100%;
  }
  .name {
    font-weight: var(--ger-font-weight-bold);
  }
  progress {
    flex: 1 1 8rem;
    block-size: var(--ger-space-xs);
    accent-color: var(--ger-field-selected);
  }
  .remove {
    margin-inline-start: auto;
  }
  @media (forced-colors: active) {
    .drop.dragging {
      border-color: Highlight;
    }
  }
`;
