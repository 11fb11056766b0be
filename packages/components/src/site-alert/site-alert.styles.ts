import { css } from 'lit';

export const siteAlertStyles = css`
  :host {
    display: block;
  }
  .alert {
    border-block-end: var(--ger-border-width-heavy) solid var(--accent);
    background: var(--tint);
    color: var(--on-tint);
  }
  .emergency {
    --accent: var(--ger-color-danger);
    --tint: var(--ger-color-danger-subtle);
    --on-tint: var(--ger-color-on-danger-subtle);
  }
  .warning {
    --accent: var(--ger-color-warning);
    --tint: var(--ger-color-warning-subtle);
    --on-tint: var(--ger-color-on-warning-subtle);
  }
  .information {
    --accent: var(--ger-color-info);
    --tint: var(--ger-color-info-subtle);
    --on-tint: var(--ger-color-on-info-subtle);
  }
  /* An emergency is marked on both edges, so it stands apart from an ordinary service alert. */
  .emergency {
    border-block-start: var(--ger-border-width-heavy) solid var(--accent);
  }
  .inner {
    max-inline-size: var(--ger-size-page-max);
    margin-inline: auto;
    padding: var(--ger-space-sm) var(--ger-space-md);
  }
  .heading {
    display: flex;
    align-items: flex-start;
    gap: var(--ger-space-sm);
    max-inline-size: 100%;
    margin: 0;
    font-size: var(--ger-font-size-lg);
    line-height: var(--ger-line-height-heading);
  }
  .icon {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
  }
  .kind,
  .title {
    display: block;
  }
  .kind {
    font-size: var(--ger-font-size-md);
  }
  .title {
    font-size: var(--ger-font-size-xl);
  }
  .message {
    max-inline-size: var(--ger-size-measure);
    margin-block-start: var(--ger-space-xs);
  }
  .message[hidden] {
    display: none;
  }
  ::slotted(p) {
    margin-block: 0 var(--ger-space-xs);
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--ger-size-target-minimum);
    max-inline-size: 100%;
    margin-block-start: var(--ger-space-xs);
    padding-inline: var(--ger-space-sm);
    border: var(--ger-border-width-thick) solid currentColor;
    border-radius: var(--ger-radius-md);
    background: transparent;
    color: inherit;
    font: inherit;
    font-weight: var(--ger-font-weight-bold);
    text-align: start;
    cursor: pointer;
  }
  .toggle:hover {
    background: var(--ger-color-surface);
    color: var(--ger-color-text);
  }
  @media (forced-colors: active) {
    .alert {
      border-color: CanvasText;
    }
    .toggle {
      border-color: ButtonText;
    }
  }
`;
