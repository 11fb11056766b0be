import { css } from 'lit';

/** The primary look, class `action` alone; its colours hold where colours are not forced, as every variant's. */
export const primaryActionStyles = css`
  @media (forced-colors: none) {
    .action {
      background: var(--ger-button-primary-background);
      color: var(--ger-button-primary-foreground);
    }
    .action:hover {
      background: var(--ger-button-primary-background-hover);
    }
  }
`;
