import { css } from 'lit';

export const comboboxStyles = css`
  /* The host is a box: an author lays it out, measures it, scrolls to it and clicks it. */
  :host {
    display: block;
  }

  /* The list opens under the text box, as wide as it, over what follows. */
  .box {
    position: relative;
    max-inline-size: var(--ger-field-width, 100%);
  }
  .input {
    padding-inline-end: calc(var(--ger-input-min-size) + var(--ger-space-2xs));
  }

  /* A chevron drawn with borders: no icon font, and it turns with the writing mode. */
  .toggle {
    position: absolute;
    inset-block: 0;
    inset-inline-end: 0;
    inline-size: var(--ger-input-min-size);
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--ger-input-foreground);
    font: inherit;
    cursor: pointer;
  }
  .toggle::before {
    content: '';
    display: block;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin: auto;
    border-block-end: var(--ger-input-border-width) solid currentColor;
    border-inline-end: var(--ger-input-border-width) solid currentColor;
    transform: translateY(-25%) rotate(45deg);
  }
  .toggle:disabled {
    cursor: not-allowed;
  }

  .popup {
    position: absolute;
    z-index: var(--ger-z-overlay);
    inset-inline: 0;
    inset-block-start: 100%;
  }
  .popup[hidden] {
    display: none;
  }
  .notice {
    margin: 0;
  }

  @media (forced-colors: active) {
    .toggle {
      color: ButtonText;
    }
  }
`;
