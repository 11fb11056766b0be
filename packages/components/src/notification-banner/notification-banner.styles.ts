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

  /* Icon and heading in a row, the message under the heading, dismiss in the corner. In a
     narrow box (a phone, or 200% text) the heading takes a row of its own so it is never
     squeezed to a letter per line. The switch is a percentage of the banner's own width
     (\`(22rem - 100%) * 999\` is either far below zero or far above), not a container query:
     a query container lays its contents out twice whenever the text size changes. */
  .banner {
    --narrow-switch: (22rem - 100%) * 999;
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    column-gap: var(--ger-space-sm);
    row-gap: var(--ger-space-2xs);
    padding-block: var(--ger-space-sm) var(--ger-banner-padding);
    /* The inline padding gives way (down to space-2xs) when the box is narrow for the text, so a
       long heading word keeps whole: "Анхааруулга" at 200% text on a 320 px phone. It keeps 9rem of
       content (a word of about 7 em at the heading's size) where the box has it, full padding otherwise. */
    padding-inline: clamp(var(--ger-space-2xs), (100% - 9rem) / 2, var(--ger-banner-padding));
  }
  .icon {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* When narrow, the icon's row is as tall as the dismiss button beside it. */
  .dismissible > .icon {
    margin-block-end: clamp(0px, var(--narrow-switch), var(--ger-size-target-minimum) - 1.5em - var(--ger-space-xs));
  }
  .heading {
    flex: 1 1 clamp(0%, var(--narrow-switch), 100%);
    min-inline-size: 0;
    margin: 0;
    font-size: var(--ger-font-size-lg);
    font-weight: var(--ger-font-weight-bold);
    line-height: var(--ger-line-height-heading);
  }
  /* When wide, the heading leaves room for the dismiss button in the corner. */
  .dismissible > .heading {
    margin-inline-end: clamp(0px, -1 * var(--narrow-switch), var(--ger-size-target-minimum));
  }
  /* The message lines up with the heading when wide and takes the whole width when narrow. */
  .content {
    display: block;
    flex: 1 1 100%;
    min-inline-size: 0;
    padding-inline-start: clamp(0px, -1 * var(--narrow-switch), 1.5em + var(--ger-space-sm));
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
    position: absolute;
    inset-block-start: calc(var(--ger-space-sm) - var(--ger-space-xs));
    inset-inline-end: calc(var(--ger-banner-padding) - var(--ger-space-xs));
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: var(--ger-size-target-minimum);
    min-inline-size: var(--ger-size-target-minimum);
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
