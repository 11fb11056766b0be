import { css } from 'lit';

export const skipLinkStyles = css`
  :host {
    display: block;
  }

  /* Off screen until focused, then a clear bar at the top of the page. */
  .link:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .link {
    position: relative;
    z-index: var(--ger-z-skip-link);
    display: block;
    padding-block: var(--ger-space-sm);
    padding-inline: var(--ger-space-md);
    background: var(--ger-color-brand);
    color: var(--ger-color-on-brand);
    font-size: var(--ger-font-size-md);
    font-weight: var(--ger-font-weight-bold);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .link:focus {
    outline: var(--ger-focus-ring-width) solid var(--ger-color-focus-ring);
    outline-offset: calc(-1 * var(--ger-focus-ring-width));
    box-shadow: inset 0 0 0 calc(2 * var(--ger-focus-ring-width)) var(--ger-color-focus-ring-inner);
  }

  @media (forced-colors: active) {
    .link {
      border: var(--ger-border-width-thick) solid LinkText;
    }
  }
`;
