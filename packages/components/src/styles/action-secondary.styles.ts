import { css } from 'lit';

/**
 * The secondary look of an `action` button (class `action secondary`). Its colours hold only
 * where colours are not forced: under forced colours the shared rule (`actionShapeStyles`) gives
 * it the system's button colours, as every action has them.
 */
export const secondaryActionStyles = css`
  @media (forced-colors: none) {
    .action.secondary {
      border-color: var(--ger-button-secondary-border);
      background: var(--ger-button-secondary-background);
      color: var(--ger-button-secondary-foreground);
    }
    .action.secondary:hover {
      background: var(--ger-button-secondary-background-hover);
      color: var(--ger-button-secondary-foreground-hover);
    }
  }
`;
