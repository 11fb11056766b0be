import { css } from 'lit';

/** The secondary look of an `action` button (class `action secondary`). */
export const secondaryActionStyles = css`
  .action.secondary {
    border-color: var(--ger-button-secondary-border);
    background: var(--ger-button-secondary-background);
    color: var(--ger-button-secondary-foreground);
  }
  .action.secondary:hover {
    background: var(--ger-button-secondary-background-hover);
    color: var(--ger-button-secondary-foreground-hover);
  }
  /* The system's button colours, as every action has them (action.styles.ts): these rules are
     more specific than those, so they say so again. */
  @media (forced-colors: active) {
    .action.secondary,
    .action.secondary:hover {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .action.secondary:disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
