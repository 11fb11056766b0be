import { css } from 'lit';

export const buttonStyles = css`
  /* The host is the button's box in the page's line, as a hand-written button would be: an
     author's margin applies to it, and it can be measured, scrolled to and clicked. The native
     button inside fills it as a plain block, so there is still one box to lay out per button
     (bench/display-switch.mjs). */
  :host {
    display: inline-block;
    vertical-align: middle;
    max-inline-size: 100%;
  }
  :host([full-width]) {
    display: block;
  }
  :host([full-width]) .base {
    inline-size: 100%;
  }

  /* A native button centres its content by itself, so it stays a plain block, not a flex box:
     a flex box per button made a text-size switch lay out 1.3x slower (bench/display-switch.mjs).
     The label flows inline, and the icons sit beside it with margins instead of a gap. */
  .base {
    display: block;
    max-inline-size: 100%;
    min-block-size: var(--ger-button-min-size);
    min-inline-size: var(--ger-button-min-size);
    margin: 0;
    padding-block: var(--ger-button-padding-block);
    padding-inline: var(--ger-button-padding-inline);
    border: var(--ger-button-border-width) solid transparent;
    border-radius: var(--ger-button-radius);
    font: inherit;
    font-size: var(--ger-font-size-md);
    font-weight: var(--ger-button-font-weight);
    line-height: var(--ger-line-height-tight);
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }
  /* Colours ease in on hover only: a transition on the element itself would also run for every
     button on the page at a theme switch, which costs a frame on long pages. */
  .base:hover {
    transition:
      background-color var(--ger-duration-fast) var(--ger-easing-standard),
      border-color var(--ger-duration-fast) var(--ger-easing-standard);
  }

  /* A link has no built-in centring: it is a flex box with the label as one item. */
  a.base {
    display: flex;
    align-items: center;
    justify-content: center;
  }
  a.base > .text {
    display: block;
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
    background: var(--ger-button-primary-background);
    color: var(--ger-button-primary-foreground);
  }
  .variant-primary:hover {
    background: var(--ger-button-primary-background-hover);
  }
  .variant-secondary {
    background: var(--ger-button-secondary-background);
    border-color: var(--ger-button-secondary-border);
    color: var(--ger-button-secondary-foreground);
  }
  .variant-secondary:hover {
    background: var(--ger-button-secondary-background-hover);
    color: var(--ger-button-secondary-foreground-hover);
  }
  .variant-danger {
    background: var(--ger-button-danger-background);
    color: var(--ger-button-danger-foreground);
  }
  .variant-danger:hover {
    background: var(--ger-button-danger-background-hover);
  }
  .variant-quiet {
    background: transparent;
    color: var(--ger-button-quiet-foreground);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .variant-quiet:hover {
    color: var(--ger-button-quiet-foreground-hover);
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
    display: inline-block;
    vertical-align: -0.15em;
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
    vertical-align: -0.25em;
  }
  .spinner,
  slot[name='start']::slotted(*) {
    margin-inline-end: var(--ger-space-xs);
  }
  slot[name='end']::slotted(*) {
    margin-inline-start: var(--ger-space-xs);
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
