import { css } from 'lit';

export const tagStyles = css`
  /* An inline host: the label box is the one atomic inline in the line, as a plain tag would
     be; a wrapping inline-block would double the layout work when text size changes. */
  :host {
    display: inline;
  }

  .tag {
    display: inline-flex;
    vertical-align: middle;
    align-items: center;
    gap: var(--ger-space-2xs);
    max-inline-size: 100%;
    padding-block: var(--ger-space-3xs);
    padding-inline: var(--ger-tag-padding-inline);
    border: var(--ger-border-width-thin) solid var(--accent);
    border-radius: var(--ger-tag-radius);
    background: var(--tint);
    color: var(--on-tint);
    font-size: var(--ger-tag-font-size);
    font-weight: var(--ger-font-weight-bold);
    line-height: var(--ger-line-height-tight);
  }

  .neutral {
    --accent: var(--ger-color-neutral);
    --tint: var(--ger-color-neutral-subtle);
    --on-tint: var(--ger-color-on-neutral-subtle);
  }
  .info {
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

  @media (forced-colors: active) {
    .tag {
      border-color: CanvasText;
    }
  }
`;
