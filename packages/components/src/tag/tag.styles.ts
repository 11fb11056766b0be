import { css } from 'lit';

export const tagStyles = css`
  /* The host is the label box, as a plain <span class="tag"> would be: no inner box to lay out
     or restyle when the theme or text size changes. A long word wraps inside the box. */
  :host {
    --accent: var(--ger-color-neutral);
    --tint: var(--ger-color-neutral-subtle);
    --on-tint: var(--ger-color-on-neutral-subtle);
    display: inline-block;
    vertical-align: middle;
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

  :host([variant='info']) {
    --accent: var(--ger-color-info);
    --tint: var(--ger-color-info-subtle);
    --on-tint: var(--ger-color-on-info-subtle);
  }
  :host([variant='success']) {
    --accent: var(--ger-color-success);
    --tint: var(--ger-color-success-subtle);
    --on-tint: var(--ger-color-on-success-subtle);
  }
  :host([variant='warning']) {
    --accent: var(--ger-color-warning);
    --tint: var(--ger-color-warning-subtle);
    --on-tint: var(--ger-color-on-warning-subtle);
  }
  :host([variant='danger']) {
    --accent: var(--ger-color-danger);
    --tint: var(--ger-color-danger-subtle);
    --on-tint: var(--ger-color-on-danger-subtle);
  }

  @media (forced-colors: active) {
    :host {
      border-color: CanvasText;
    }
  }
`;
