import { css } from 'lit';

export const themeToggleStyles = css`
  :host {
    display: inline-block;
    max-inline-size: 100%;
    vertical-align: middle;
  }
  .button {
    justify-content: center;
    min-inline-size: var(--ger-size-target-minimum);
    border-radius: var(--ger-radius-pill);
    font-weight: var(--ger-font-weight-bold);
  }
  .button[aria-pressed='true'] {
    border-color: var(--ger-color-brand);
    background: var(--ger-color-brand-subtle);
    color: var(--ger-color-on-brand-subtle);
  }
  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button[aria-pressed='true'] {
      border-width: var(--ger-border-width-thick);
      border-color: Highlight;
    }
  }
`;
