import { css } from 'lit';

/**
 * The down chevron of a select and a combobox, drawn by the `::after` of an element with class
 * `chevron`; each places it. Borders, so no icon font, and forced colours paint it. It turns with
 * the text: down from right to left too, and toward the block end (right) in the traditional script.
 */
export const chevronStyles = css`
  .chevron::after {
    content: '';
    box-sizing: border-box;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-block-end: var(--ger-input-border-width) solid currentColor;
    border-inline-end: var(--ger-input-border-width) solid currentColor;
    transform: translateY(-25%) rotate(45deg);
    pointer-events: none;
  }
  /* The inline end is the left there: the corner turns the other way to point down. */
  :host(:dir(rtl)) .chevron::after {
    transform: translateY(-25%) rotate(-45deg);
  }
  /* Vertical-lr is horizontal-tb with x and y swapped: the same swap points it to the block end. */
  :host(:lang(mn-Mong)) .chevron::after {
    transform: matrix(0, 1, 1, 0, 0, 0) translateY(-25%) rotate(45deg);
  }
`;
