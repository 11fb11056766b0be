import { css } from 'lit';

/** The text box of controls the user types or picks in (text field, text area, select, date). */
export const inputStyles = css`
  .input {
    display: block;
    inline-size: 100%;
    max-inline-size: var(--ger-field-width, 100%);
    min-block-size: var(--ger-input-min-size);
    padding-block: var(--ger-space-2xs);
    padding-inline: var(--ger-space-xs);
    border: var(--ger-input-border-width) solid var(--ger-input-border);
    border-radius: var(--ger-input-radius);
    background: var(--ger-input-background);
    color: var(--ger-input-foreground);
    font: inherit;
    line-height: inherit;
  }
  /* No margins of the browser's, and none over the field's gap above the box (\`.field > * + *\`,
     which this rule would outweigh as a later one of the same weight). */
  :where(.input) {
    margin: 0;
  }
  .invalid .input {
    border-color: var(--ger-input-border-invalid);
  }
  .input:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
`;
