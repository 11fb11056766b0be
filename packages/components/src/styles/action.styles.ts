import { css } from 'lit';

/**
 * Buttons a component draws itself (Continue, Back, Choose file), styled as `ger-button` from the
 * same tokens, without importing it: class `action` (primary), or with `quiet`; `secondary`
 * needs `secondaryActionStyles` as well.
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
  .action:hover {
    background: var(--ger-button-primary-background-hover);
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
  }
  .action:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  @media (forced-colors: active) {
    .action {
      border-color: ButtonText;
    }
  }
`;
