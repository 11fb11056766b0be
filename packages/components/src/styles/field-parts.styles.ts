import { css } from 'lit';

/**
 * A field's parts: label, hint, error message and the red bar beside a field with an error
 * (class `invalid` on the `.field` box). Form controls use them through `fieldStyles`; the
 * components that hold a small form of their own (request lookup, feedback) use them directly.
 * A module of its own, and without what only form controls have (the required marker, a group's
 * legend, a disabled group: in `fieldStyles`), so those forms carry none of it.
 */
export const fieldPartStyles = css`
  .field {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .field > * + * {
    margin-block-start: var(--ger-field-gap);
  }
  .field.invalid {
    padding-inline-start: var(--ger-space-md);
    border-inline-start: var(--ger-field-error-bar-width) solid var(--ger-field-error);
  }

  /* Capped: a legend sizes to its content like an inline-block, and in Firefox a long word at
     200% text would push it past the field. */
  .label {
    display: block;
    max-inline-size: 100%;
    padding: 0;
    font-weight: var(--ger-field-label-font-weight);
    line-height: var(--ger-line-height-heading);
  }
  .hint {
    color: var(--ger-field-hint);
  }
  .error {
    margin-block-end: 0;
    color: var(--ger-field-error);
    font-weight: var(--ger-font-weight-bold);
  }

  @media (forced-colors: active) {
    .field.invalid {
      border-inline-start-color: CanvasText;
    }
  }
`;
