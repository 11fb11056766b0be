import { css } from 'lit';

export const buttonStyles = css`
  :host {
    display: inline-block;
    max-inline-size: 100%;
    vertical-align: middle;
  }
  :host([full-width]) {
    display: block;
  }

  .base {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--ger-space-xs);
    inline-size: 100%;
    min-block-size: var(--ger-size-target-minimum);
    min-inline-size: var(--ger-size-target-minimum);
    margin: 0;
    padding-block: var(--ger-space-xs);
    padding-inline: var(--ger-space-md);
    border: var(--ger-border-width-thick) solid transparent;
    border-radius: var(--ger-radius-md);
    font: inherit;
    font-size: var(--ger-font-size-md);
    font-weight: var(--ger-font-weight-bold);
    letter-spacing: inherit;
    word-spacing: inherit;
    line-height: var(--ger-line-height-tight);
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    transition:
      background-color var(--ger-duration-fast) var(--ger-easing-standard),
      border-color var(--ger-duration-fast) var(--ger-easing-standard);
  }

  .size-small {
    min-block-size: var(--ger-size-target-floor);
    padding-block: var(--ger-space-2xs);
    padding-inline: var(--ger-space-sm);
    font-size: var(--ger-font-size-sm);
  }
  .size-large {
    padding-block: var(--ger-space-sm);
    padding-inline: var(--ger-space-lg);
    font-size: var(--ger-font-size-lg);
  }

  .variant-primary {
    background: var(--ger-color-brand);
    color: var(--ger-color-on-brand);
  }
  .variant-primary:hover {
    background: var(--ger-color-brand-hover);
  }
  .variant-secondary {
    background: var(--ger-color-surface);
    border-color: var(--ger-color-brand);
    color: var(--ger-color-link);
  }
  .variant-secondary:hover {
    background: var(--ger-color-brand-subtle);
    color: var(--ger-color-on-brand-subtle);
  }
  .variant-danger {
    background: var(--ger-color-danger);
    color: var(--ger-color-on-danger);
  }
  .variant-danger:hover {
    background: var(--ger-color-danger-hover);
  }
  .variant-quiet {
    background: transparent;
    color: var(--ger-color-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .variant-quiet:hover {
    color: var(--ger-color-link-hover);
    text-decoration-thickness: 0.15em;
  }

  .base:active {
    transform: translateY(var(--ger-border-width-thin));
  }

  /* Disabled and loading look the same but loading keeps focus, so the announcement is heard. */
  .base:disabled,
  .base[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
    transform: none;
  }
  .base[aria-busy='true'] {
    cursor: progress;
    opacity: 1;
  }

  .spinner {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    border: 0.15em solid currentColor;
    border-inline-end-color: transparent;
    border-radius: var(--ger-radius-pill);
    animation: spin calc(var(--ger-duration-slow) * 2) linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }

  ::slotted(svg),
  ::slotted(img) {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  @media (forced-colors: active) {
    .base {
      border-color: ButtonText;
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
    }
    a.base {
      color: LinkText;
    }
    .base:disabled,
    .base[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
      opacity: 1;
    }
  }
`;
