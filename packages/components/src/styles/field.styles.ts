import { css } from 'lit';

/**
 * What every form control looks like: label, hint, error message, the red bar beside a field
 * with an error, and the text box. Controls add only their own parts.
 */
export const fieldStyles = css`
  :host {
    display: block;
    margin-block-end: var(--ger-field-spacing);
    color: var(--ger-color-text);
  }

  .field {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .field > * + *,
  .field > legend + * {
    margin-block-start: var(--ger-field-gap);
  }
  .field.invalid {
    padding-inline-start: var(--ger-space-md);
    border-inline-start: var(--ger-field-error-bar-width) solid var(--ger-field-error);
  }

  .label {
    display: block;
    padding: 0;
    font-weight: var(--ger-field-label-font-weight);
    line-height: var(--ger-line-height-heading);
  }
  .marker {
    font-weight: var(--ger-font-weight-regular);
  }
  .hint {
    color: var(--ger-field-hint);
  }
  .error {
    margin-block-end: 0;
    color: var(--ger-field-error);
    font-weight: var(--ger-font-weight-bold);
  }

  .input {
    display: block;
    inline-size: 100%;
    max-inline-size: var(--ger-field-width, 100%);
    min-block-size: var(--ger-input-min-size);
    margin: 0;
    padding-block: var(--ger-space-2xs);
    padding-inline: var(--ger-space-xs);
    border: var(--ger-input-border-width) solid var(--ger-input-border);
    border-radius: var(--ger-input-radius);
    background: var(--ger-input-background);
    color: var(--ger-input-foreground);
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    line-height: inherit;
  }
  .invalid .input {
    border-color: var(--ger-input-border-invalid);
  }
  .input:disabled,
  fieldset:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  @media (forced-colors: active) {
    .field.invalid {
      border-inline-start-color: CanvasText;
    }
  }
`;

/** The character count under a text control. */
export const countStyles = css`
  .count {
    color: var(--ger-field-hint);
  }
  .count.over {
    color: var(--ger-field-error);
    font-weight: var(--ger-font-weight-bold);
  }
`;

/** A checkbox or radio button beside its label; the whole row is a 44 px target. */
export const choiceStyles = css`
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--ger-space-sm);
    min-block-size: var(--ger-size-target-minimum);
  }
  .choice input {
    flex: none;
    inline-size: var(--ger-field-choice-size);
    block-size: var(--ger-field-choice-size);
    margin: calc((var(--ger-size-target-minimum) - var(--ger-field-choice-size)) / 2) 0 0;
    accent-color: var(--ger-field-selected);
    cursor: pointer;
  }
  .choice label {
    flex: 1;
    padding-block: var(--ger-space-xs);
    cursor: pointer;
  }
  .choice input:disabled,
  .choice input:disabled + label {
    cursor: not-allowed;
    opacity: 0.6;
  }
`;
