import { css } from 'lit';

export const textFieldStyles = css`
  .wrap {
    display: flex;
    align-items: stretch;
    max-inline-size: 100%;
  }
  .affix {
    display: flex;
    align-items: center;
    flex: none;
    padding-inline: var(--ger-space-xs);
    border: var(--ger-input-border-width) solid var(--ger-input-border);
    background: var(--ger-color-surface-sunken);
    color: var(--ger-color-text);
  }
  .affix:first-child {
    border-inline-end: 0;
  }
  .affix:last-child {
    border-inline-start: 0;
  }

  /* Widths in characters: the box hints at the length of the expected answer. A character counts its
     letter spacing too, so the answer still fits at the widest spacing, set horizontally or vertically. */
  :host([width='2']) {
    --ger-field-width: calc(2 * (1ch + var(--ger-letter-spacing-body, 0em)) + 1.5em);
  }
  :host([width='4']) {
    --ger-field-width: calc(4 * (1ch + var(--ger-letter-spacing-body, 0em)) + 1.5em);
  }
  :host([width='10']) {
    --ger-field-width: calc(10 * (1ch + var(--ger-letter-spacing-body, 0em)) + 1.5em);
  }
  :host([width='20']) {
    --ger-field-width: calc(20 * (1ch + var(--ger-letter-spacing-body, 0em)) + 1.5em);
  }
`;
