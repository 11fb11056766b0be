import { css } from 'lit';

export const comboboxStyles = css`
  /* The list opens under the text box, as wide as it, over what follows. */
  .box {
    position: relative;
    display: grid;
    max-inline-size: var(--ger-field-width, 100%);
  }
  .input {
    grid-area: 1 / 1;
    padding-inline-end: calc(var(--ger-input-min-size) + var(--ger-space-2xs));
  }

  .popup {
    position: absolute;
    z-index: var(--ger-z-overlay);
    inset-inline: 0;
    inset-block-start: 100%;
  }
  /* In a box that scrolls or clips (a dialog's body), in the flow: see Suggestions.opening. */
  .popup.inline {
    position: static;
  }
  .popup[hidden] {
    display: none;
  }
  .notice {
    margin: 0;
  }

`;
