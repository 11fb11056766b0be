import { css } from 'lit';

export const selectStyles = css`
  /* The browser's arrow does not grow with the text (a few pixels at 200%): the combobox's chevron,
     in the select's cell of a grid, at its end, instead. */
  .box {
    display: grid;
    max-inline-size: var(--ger-field-width, 100%);
  }
  /* .input: over the input styles' padding, so long option text stops before the chevron. */
  .input {
    grid-area: 1 / 1;
    padding-inline-end: calc(var(--ger-input-min-size) + var(--ger-space-2xs));
    appearance: none;
    cursor: pointer;
  }
  /* Drawn with borders: no icon font, and forced colours paint it. The bottom and right borders
     whatever the direction: the block and inline ends would point it sideways in right-to-left
     text, and are these two in vertical-lr, where the transform below turns it. */
  .box::after {
    content: '';
    box-sizing: border-box;
    grid-area: 1 / 1;
    place-self: center end;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline-end: calc((var(--ger-input-min-size) - 0.5em) / 2);
    border-bottom: var(--ger-input-border-width) solid var(--ger-input-foreground);
    border-right: var(--ger-input-border-width) solid var(--ger-input-foreground);
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
