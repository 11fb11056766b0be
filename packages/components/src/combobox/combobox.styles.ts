import { css } from 'lit';

export const comboboxStyles = css`
  /* The list opens under the text box, as wide as it, over what follows. */
  .box {
    position: relative;
    max-inline-size: var(--ger-field-width, 100%);
  }
  .input {
    padding-inline-end: calc(var(--ger-input-min-size) + var(--ger-space-2xs));
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

`;
