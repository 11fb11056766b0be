import { css } from 'lit';

export const accordionStyles = css`
  /* The host is a box: an author lays it out, measures it, scrolls to it and clicks it. */
  :host {
    display: block;
    margin-block-end: var(--ger-space-lg);
    color: var(--ger-color-text);
  }

  .controls {
    padding-block-end: var(--ger-space-2xs);
    border-block-end: var(--ger-border-width-thin) solid var(--ger-color-border);
  }
  .show-all {
    display: inline-flex;
    align-items: center;
    gap: var(--ger-space-2xs);
    padding-inline: 0;
    text-align: start;
  }
  .chevron {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .show-all[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }

  /* Without JavaScript every section is shown and this button could do nothing. */
  :host(:not(:defined)) .controls {
    display: none;
  }
`;
