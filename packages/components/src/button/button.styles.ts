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

  /* The look every Ger button shares (styles/action.styles.ts: colours, hover, :active,
     disabled, forced colours) comes first; these are what ger-button adds to it. A native
     button centres its content by itself, so it stays a plain block, not a flex box: a flex box
     per button made a text-size switch lay out 1.3x slower (bench/display-switch.mjs). The
     label flows inline, and the icons sit beside it with margins instead of a gap. */
  .base {
    display: block;
    min-inline-size: var(--ger-button-min-size);
    font-size: var(--ger-font-size-md);
    text-align: center;
    text-decoration: none;
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

  /* A quiet ger-button keeps its padding (a quiet action inside a component is narrower). */
  .base.quiet {
    padding-inline: var(--ger-button-padding-inline);
  }
  .base.size-small {
    min-block-size: var(--ger-size-target-floor);
    padding-block: var(--ger-space-2xs);
    padding-inline: var(--ger-space-sm);
    font-size: var(--ger-font-size-sm);
  }
  .base.size-large {
    padding-block: var(--ger-space-sm);
    padding-inline: var(--ger-space-lg);
    font-size: var(--ger-font-size-lg);
  }

  .action.danger {
    background: var(--ger-button-danger-background);
    color: var(--ger-button-danger-foreground);
  }
  .action.danger:hover {
    background: var(--ger-button-danger-background-hover);
  }

  /* Disabled and loading look the same (aria-disabled, in the action styles) but loading keeps
     focus, so the announcement is heard. */
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

  /* The system's colours, as on every action: the rules above are more specific, so they say so again. */
  @media (forced-colors: active) {
    .action.danger,
    .action.danger:hover {
      background: ButtonFace;
      color: ButtonText;
    }
    a.base,
    a.base:hover {
      color: LinkText;
    }
  }
`;
