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
`;
