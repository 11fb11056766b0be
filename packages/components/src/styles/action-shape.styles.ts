import { css } from 'lit';

/**
 * What every action shares, whatever its variant: size, padding, font, the eased hover, `:active`,
 * disabled and the system's button colours under forced colours. A component whose buttons are
 * all of one variant takes this and that variant only (`secondaryActionStyles`, say): a password
 * field ships no primary or quiet look it never shows.
 */
export const actionShapeStyles = css`
  .action {
    max-inline-size: 100%;
    min-block-size: var(--ger-button-min-size);
    margin: 0;
    padding-block: var(--ger-button-padding-block);
    padding-inline: var(--ger-button-padding-inline);
    border: var(--ger-button-border-width) solid transparent;
    border-radius: var(--ger-button-radius);
    font: inherit;
    font-weight: var(--ger-button-font-weight);
    line-height: var(--ger-line-height-tight);
    cursor: pointer;
  }
  /* Colours ease in on hover only: a transition on every button would run at each theme switch. */
  .action:hover {
    transition:
      background-color var(--ger-duration-fast) var(--ger-easing-standard),
      border-color var(--ger-duration-fast) var(--ger-easing-standard);
  }
  .action:active {
    transform: translateY(var(--ger-border-width-thin));
  }
  /* aria-disabled: an action that keeps its focus while it cannot act (ger-button loading). */
  .action:disabled,
  .action[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
    transform: none;
  }
  /* Variants set their colours only where colours are not forced (see each variant), so these
     rules give every variant, hovered or not, the system's button colours. */
  @media (forced-colors: active) {
    .action {
      border-color: ButtonText;
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
    }
    .action:disabled,
    .action[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
      opacity: 1;
    }
  }
`;
