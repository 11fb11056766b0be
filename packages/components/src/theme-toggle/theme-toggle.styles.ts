import { css } from 'lit';

export const themeToggleStyles = css`
  :host {
    display: inline-block;
    max-inline-size: 100%;
    vertical-align: middle;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--ger-space-xs);
    min-block-size: var(--ger-size-target-minimum);
    min-inline-size: var(--ger-size-target-minimum);
    max-inline-size: 100%;
    padding-block: var(--ger-space-2xs);
    padding-inline: var(--ger-space-sm);
    border: var(--ger-border-width-thin) solid var(--ger-color-border-control);
    border-radius: var(--ger-radius-pill);
    background: var(--ger-color-surface);
    color: var(--ger-color-text);
    font: inherit;
    font-weight: var(--ger-font-weight-bold);
    letter-spacing: inherit;
    word-spacing: inherit;
    cursor: pointer;
  }
  .button:hover {
    background: var(--ger-color-surface-sunken);
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
