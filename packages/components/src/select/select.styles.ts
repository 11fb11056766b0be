import { css } from 'lit';

export const selectStyles = css`
  /* The browser's arrow does not grow with the text (a few pixels at 200%): the combobox's chevron
     (chevron.styles.ts), in the select's cell of a grid, at its end, instead. */
  .box {
    display: grid;
    max-inline-size: var(--ger-field-width, 100%);
    color: var(--ger-input-foreground);
  }
  /* .input: over the input styles' padding, so long option text stops before the chevron. */
  .input {
    grid-area: 1 / 1;
    padding-inline-end: calc(var(--ger-input-min-size) + var(--ger-space-2xs));
    appearance: none;
    cursor: pointer;
  }
  .box::after {
    grid-area: 1 / 1;
    place-self: center end;
    margin-inline-end: calc((var(--ger-input-min-size) - 0.5em) / 2);
  }
  .disabled::after {
    opacity: 0.6;
  }
`;
