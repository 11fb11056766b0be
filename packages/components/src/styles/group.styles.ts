import { css } from 'lit';
import { fieldStyles } from './field.styles.js';

/**
 * A group's field (radio group, checkbox group, date: `GerFormGroup`), a `<fieldset>` whose
 * `<legend>` is the label. Apart from `fieldStyles`, so single controls carry none of it.
 */
export const groupStyles = [
  ...fieldStyles,
  css`
    /* A group's legend is its label: what follows it keeps the field's gap. */
    .field > legend + * {
      margin-block-start: var(--ger-field-gap);
    }
    fieldset:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }
  `,
];
