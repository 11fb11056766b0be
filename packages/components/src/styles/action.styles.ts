import { css } from 'lit';

/**
 * The one button look: `ger-button` and the buttons a component draws itself (Continue, Back,
 * Choose file, the chat's Send) without importing it. Class `action` (primary), or with
 * `quiet`; `secondary` needs `secondaryActionStyles` as well. Hover, `:active`, disabled and
 * forced colours are defined here only; ger-button adds its sizes and danger variant.
 */
export const actionStyles = css`
  .action {
    max-inline-size: 100%;
    min-block-size: var(--ger-button-min-size);
    margin: 0;
    padding-block: var(--ger-button-padding-block);
    padding-inline: var(--ger-button-padding-inline);
    border: var(--ger-button-border-width) solid transparent;
    border-radius: var(--ger-button-radius);
    background: var(--ger-button-primary-background);
    color: var(--ger-button-primary-foreground);
    font: inherit;
    font-weight: var(--ger-button-font-weight);
    line-height: var(--ger-line-height-tight);
    cursor: pointer;
  }
  /* Colours ease in on hover only: a transition on every button would run at each theme switch. */
  .action:hover {
    background: var(--ger-button-primary-background-hover);
    transition:
      background-color var(--ger-duration-fast) var(--ger-easing-standard),
      border-color var(--ger-duration-fast) var(--ger-easing-standard);
  }
  .action:active {
    transform: translateY(var(--ger-border-width-thin));
  }
  .action.quiet {
    padding-inline: var(--ger-space-2xs);
    background: transparent;
    color: var(--ger-button-quiet-foreground);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .action.quiet:hover {
    color: var(--ger-button-quiet-foreground-hover);
    text-decoration-thickness: 0.15em;
  }
  /* aria-disabled: an action that keeps its focus while it cannot act (ger-button loading). */
  .action:disabled,
  .action[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
    transform: none;
  }
  /* The system's button colours, also on hover and for quiet actions (their rules above are more specific). */
  @media (forced-colors: active) {
    .action,
    .action:hover,
    .action.quiet,
    .action.quiet:hover {
      border-color: ButtonText;
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
    }
    .action:disabled,
    .action[aria-disabled='true'],
    .action.quiet:disabled {
      border-color: GrayText;
      color: GrayText;
      opacity: 1;
    }
  }
`;
