import { css } from 'lit';

export const tabPanelStyles = css`
  /* The host is a box: an author lays it out, measures it, scrolls to it and clicks it. */
  :host {
    display: block;
    color: var(--ger-color-text);
  }
  /* Behind tabs the panel is the host: it takes focus (Tab from its tab) and shows the ring. */
  :host(:focus-visible) {
    outline: var(--ger-focus-ring-width) solid var(--ger-color-focus-ring);
    outline-offset: var(--ger-focus-ring-offset);
  }

  .heading {
    margin-block: var(--ger-space-lg) var(--ger-space-sm);
    font-size: var(--ger-font-size-xl);
    font-weight: var(--ger-font-weight-bold);
    line-height: var(--ger-line-height-heading);
  }
  .content {
    padding-block: var(--ger-space-md);
  }

  @media (forced-colors: active) {
    :host(:focus-visible) {
      outline-color: Highlight;
    }
  }
`;
