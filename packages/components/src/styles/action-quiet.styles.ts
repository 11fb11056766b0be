import { css } from 'lit';

/** The quiet look, a link that works like a button: class `action quiet`. */
export const quietActionStyles = css`
  .action.quiet {
    padding-inline: var(--ger-space-2xs);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .action.quiet:hover {
    text-decoration-thickness: 0.15em;
  }
  @media (forced-colors: none) {
    .action.quiet {
      background: transparent;
      color: var(--ger-button-quiet-foreground);
    }
    .action.quiet:hover {
      color: var(--ger-button-quiet-foreground-hover);
    }
  }
`;
