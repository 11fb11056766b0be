import { css } from 'lit';

/** The button's styles: what every page with display settings needs at once (the panel's load with it). */
export const displaySettingsStyles = css`
  :host {
    display: block;
    max-inline-size: 100%;
  }

  /* The toggle, each option and the reset link are controls (styles/control.styles.ts). */
  .control {
    text-align: start;
  }
  .toggle {
    font-weight: var(--ger-font-weight-bold);
  }
  svg {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }

  @media (forced-colors: active) {
    .toggle {
      border-color: ButtonText;
    }
  }
`;
