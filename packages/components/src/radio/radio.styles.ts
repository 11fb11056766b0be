import { css } from 'lit';

export const radioStyles = css`
  :host {
    display: flex;
    align-items: flex-start;
    gap: var(--ger-space-sm);
    min-block-size: var(--ger-size-target-minimum);
    color: var(--ger-color-text);
    cursor: pointer;
    outline: none;
  }
  :host([disabled]) {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .circle {
    flex: none;
    inline-size: var(--ger-field-choice-size);
    block-size: var(--ger-field-choice-size);
    margin-block-start: calc((var(--ger-size-target-minimum) - var(--ger-field-choice-size)) / 2);
    border: var(--ger-input-border-width) solid var(--ger-input-border);
    border-radius: var(--ger-radius-pill);
    background: var(--ger-input-background);
  }
  /* The dot is a thick inset ring of the selected colour: no extra element to keep in sync. */
  .circle.checked {
    border-color: var(--ger-field-selected);
    box-shadow: inset 0 0 0 0.3em var(--ger-input-background);
    background: var(--ger-field-selected);
  }
  :host(:focus-visible) .circle {
    outline: var(--ger-focus-ring-width) solid var(--ger-color-focus-ring);
    outline-offset: var(--ger-focus-ring-offset);
  }
  /* It may shrink below its longest word, so a long word wraps on a phone at 200% text. */
  .label {
    flex: 1;
    min-inline-size: 0;
    padding-block: var(--ger-space-xs);
  }

  @media (forced-colors: active) {
    .circle {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    .circle.checked {
      border-color: Highlight;
      box-shadow: inset 0 0 0 0.3em Canvas;
      background: Highlight;
    }
    :host(:focus-visible) .circle {
      outline-color: Highlight;
    }
  }
`;
