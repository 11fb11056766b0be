import { css } from 'lit';

export const languageSwitchStyles = css`
  :host {
    display: block;
    max-inline-size: 100%;
  }
  .list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ger-space-2xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    max-inline-size: 100%;
  }
  .item {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--ger-size-target-minimum);
    max-inline-size: 100%;
    padding-inline: var(--ger-space-xs);
    border-radius: var(--ger-radius-sm);
  }
  a[href] {
    color: var(--ger-color-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a[href]:hover {
    color: var(--ger-color-link-hover);
    text-decoration-thickness: 0.15em;
  }
  a:not([href]) {
    font-weight: var(--ger-font-weight-bold);
    text-decoration: underline var(--ger-border-width-heavy);
    text-decoration-color: var(--ger-color-brand);
    text-underline-offset: 0.35em;
  }
  @media (forced-colors: active) {
    a[href] {
      color: LinkText;
    }
    a:not([href]) {
      text-decoration-color: CanvasText;
    }
  }
`;
