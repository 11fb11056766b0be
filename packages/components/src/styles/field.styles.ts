import { css } from 'lit';
import { fieldPartStyles } from './field-parts.styles.js';

/** What every form control looks like: a block with the field's parts. Controls add only their own parts (`inputStyles` for a text box). */
export const fieldStyles = [
  css`
    :host {
      display: block;
      margin-block-end: var(--ger-field-spacing);
      color: var(--ger-color-text);
    }
    /* A group's legend is its label: what follows it keeps the field's gap. */
    .field > legend + * {
      margin-block-start: var(--ger-field-gap);
    }
    .marker {
      font-weight: var(--ger-font-weight-regular);
    }
    fieldset:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }
  `,
  fieldPartStyles,
];
