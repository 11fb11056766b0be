import { css } from 'lit';

export const consentBannerStyles = css`
  /* In the page's flow at the top, never fixed over it: it covers nothing that has focus. */
  :host {
    display: block;
  }
  .banner {
    border-block-end: var(--ger-border-width-heavy) solid var(--ger-color-brand);
    background: var(--ger-color-neutral-subtle);
    color: var(--ger-color-on-neutral-subtle);
  }
  .inner {
    max-inline-size: var(--ger-size-page-max);
    margin-inline: auto;
    padding: var(--ger-space-md);
  }
  .heading {
    margin: 0;
    font-size: var(--ger-font-size-xl);
    font-weight: var(--ger-font-weight-bold);
    line-height: var(--ger-line-height-heading);
  }
  .message,
  .confirmation {
    max-inline-size: var(--ger-size-measure);
    margin-block: var(--ger-space-xs) var(--ger-space-md);
  }
  .message ::slotted(*),
  .message p {
    margin: 0;
  }
  /* Accept and reject: the same look and size, side by side; the details link after them. */
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ger-space-sm) var(--ger-space-md);
  }
  .details {
    color: var(--ger-color-link);
    text-underline-offset: 0.15em;
  }
  .details:hover {
    color: var(--ger-color-link-hover);
    text-decoration-thickness: 0.15em;
  }

  @media (forced-colors: active) {
    .banner {
      border-block-end-color: CanvasText;
    }
    .details {
      color: LinkText;
    }
  }
`;
