import { css } from 'lit';

export const notificationBannerStyles = css`
  :host {
    display: block;
    margin-block-end: var(--ger-space-lg);
  }

  .banner {
    border: var(--ger-border-width-thick) solid var(--accent);
    border-inline-start-width: var(--ger-border-width-heavy);
    border-radius: var(--ger-radius-md);
    background: var(--tint);
    color: var(--on-tint);
    outline: none;
  }
  .banner:focus-visible {
    outline: var(--ger-focus-ring-width) solid var(--ger-color-focus-ring);
    outline-offset: var(--ger-focus-ring-offset);
  }

  .information {
    --accent: var(--ger-color-info);
    --tint: var(--ger-color-info-subtle);
    --on-tint: var(--ger-color-on-info-subtle);
  }
  .success {
    --accent: var(--ger-color-success);
    --tint: var(--ger-color-success-subtle);
    --on-tint: var(--ger-color-on-success-subtle);
  }
  .warning {
    --accent: var(--ger-color-warning);
    --tint: var(--ger-color-warning-subtle);
    --on-tint: var(--ger-color-on-warning-subtle);
  }
  .danger {
    --accent: var(--ger-color-danger);
    --tint: var(--ger-color-danger-subtle);
    --on-tint: var(--ger-color-on-danger-subtle);
  }

  .header {
    display: flex;
    align-items: flex-start;
    gap: var(--ger-space-sm);
    padding-block: var(--ger-space-sm);
    padding-inline: var(--ger-space-md);
  }
  .icon {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    color: var(--on-tint);
  }
  .heading {
    flex: 1;
    min-inline-size: 0;
    margin: 0;
    font-size: var(--ger-font-size-lg);
    font-weight: var(--ger-font-weight-bold);
    line-height: var(--ger-line-height-heading);
  }
  .content {
    padding-block: 0 var(--ger-space-md);
    padding-inline: calc(var(--ger-space-md) + 1.5em + var(--ger-space-sm)) var(--ger-space-md);
  }
  .content ::slotted(*) {
    max-inline-size: var(--ger-size-measure);
  }
  ::slotted(p) {
    margin-block: 0 var(--ger-paragraph-spacing);
  }

  .dismiss {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: var(--ger-size-target-minimum);
    min-inline-size: var(--ger-size-target-minimum);
    margin-block: calc(-1 * var(--ger-space-xs));
    margin-inline-end: calc(-1 * var(--ger-space-xs));
    padding: 0;
    border: var(--ger-border-width-thin) solid transparent;
    border-radius: var(--ger-radius-md);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .dismiss:hover {
    border-color: currentColor;
  }
  .dismiss svg {
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  @media (max-width: 30em) {
    .content {
      padding-inline: var(--ger-space-md);
    }
  }

  @media (forced-colors: active) {
    .banner {
      border-color: CanvasText;
    }
    .dismiss {
      border-color: ButtonText;
    }
  }
`;
