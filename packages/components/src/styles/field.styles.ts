import { css } from 'lit';
import { fieldPartStyles } from './field-parts.styles.js';

/**
 * What every form control looks like: a block with the field's parts. Controls add only their own
 * parts (`inputStyles` for a text box); a group's `<fieldset>` adds `groupStyles`.
 */
export const fieldStyles = [
  css`
    :host {
      display: block;
      margin-block-end: var(--ger-field-spacing);
      color: var(--ger-color-text);
    }
    .marker {
      font-weight: var(--ger-font-weight-regular);
    }
  `,
  fieldPartStyles,
];
