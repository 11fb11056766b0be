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
  /* A disclosure toggle like the sections' "Show": link-coloured text, not an action button. */
  .show-all {
    display: inline-flex;
    align-items: center;
    gap: var(--ger-space-2xs);
    min-block-size: var(--ger-size-target-minimum);
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--ger-color-link);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .show-all:hover {
    color: var(--ger-color-link-hover);
    text-decoration-thickness: 0.15em;
  }
  @media (forced-colors: active) {
    .show-all {
      color: ButtonText;
    }
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
  /* Set vertically (the traditional script) the sections open to the right: the chevron turns there. */
  :host(:lang(mn-Mong)) .chevron {
    rotate: -90deg;
  }

  /* Without JavaScript every section is shown and this button could do nothing. */
  :host(:not(:defined)) .controls {
    display: none;
  }
`;
