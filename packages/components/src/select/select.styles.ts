import { css } from 'lit';

export const selectStyles = css`
  /* The browser's arrow does not grow with the text (a few pixels at 200%): the combobox's chevron,
     in the select's cell of a grid, at its end, instead. */
  .box {
    display: grid;
    max-inline-size: var(--ger-field-width, 100%);
  }
  select {
    grid-area: 1 / 1;
    padding-inline-end: calc(var(--ger-input-min-size) + var(--ger-space-2xs));
    appearance: none;
    cursor: pointer;
  }
  /* Drawn with borders: no icon font, it turns with the writing mode, and forced colours paint it. */
  .box::after {
    content: '';
    box-sizing: border-box;
    grid-area: 1 / 1;
    place-self: center end;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline-end: calc((var(--ger-input-min-size) - 0.5em) / 2);
    border-block-end: var(--ger-input-border-width) solid var(--ger-input-foreground);
    border-inline-end: var(--ger-input-border-width) solid var(--ger-input-foreground);
    transform: translateY(-25%) rotate(45deg);
    pointer-events: none;
  }
  :host(:lang(mn-Mong)) .box::after {
    transform: matrix(0, 1, 1, 0, 0, 0) translateY(-25%) rotate(45deg);
  }
  .disabled::after {
    opacity: 0.6;
  }
`;
