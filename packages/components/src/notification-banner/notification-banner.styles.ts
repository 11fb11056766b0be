import { css } from 'lit';

export const notificationBannerStyles = css`
  :host {
    display: block;
    margin-block-end: var(--ger-space-lg);
  }

  .banner {
    border: var(--ger-border-width-thick) solid var(--accent);
    border-inline-start-width: var(--ger-banner-border-width);
    border-radius: var(--ger-banner-radius);
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

  /* Icon, heading and dismiss in a row, the message under the heading; in a narrow box (a
     phone, or 200% text) the heading takes a row of its own so it is never squeezed to a letter
     per line. One grid, no wrappers: every element here is restyled at each theme switch. */
  :host {
    container-type: inline-size;
  }
  .banner {
    display: grid;
    grid-template-columns: auto 1fr auto;
    grid-template-areas:
      'icon heading dismiss'
      '. content content';
    align-items: start;
    column-gap: var(--ger-space-sm);
    row-gap: var(--ger-space-2xs);
    padding-block: var(--ger-space-sm) var(--ger-banner-padding);
    padding-inline: var(--ger-banner-padding);
  }
  .icon {
    inline-size: 1.5em;
    block-size: 1.5em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .banner > .icon {
    grid-area: icon;
  }
  .heading {
    grid-area: heading;
    min-inline-size: 0;
    margin: 0;
    font-size: var(--ger-font-size-lg);
    font-weight: var(--ger-font-weight-bold);
    line-height: var(--ger-line-height-heading);
  }
  .content {
    display: block;
    grid-area: content;
    min-inline-size: 0;
  }
  @container (inline-size < 24em) {
    .banner {
      grid-template-areas:
        'icon . dismiss'
        'heading heading heading'
        'content content content';
    }
  }
  ::slotted(*) {
    max-inline-size: var(--ger-size-measure);
  }
  ::slotted(p) {
    margin-block: 0 var(--ger-paragraph-spacing);
  }
  ::slotted(:last-child) {
    margin-block-end: 0;
  }

  .dismiss {
    grid-area: dismiss;
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
  .dismiss .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
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
