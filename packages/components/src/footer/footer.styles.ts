import { css } from 'lit';

export const footerStyles = css`
  :host {
    display: block;
  }
  .footer {
    border-block-start: var(--ger-border-width-heavy) solid var(--ger-color-brand);
    background: var(--ger-color-surface-sunken);
    color: var(--ger-color-text);
  }
  .inner {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
    gap: var(--ger-space-lg);
    max-inline-size: var(--ger-size-page-max);
    margin-inline: auto;
    padding: var(--ger-space-xl) var(--ger-space-md);
  }
  /* Grid items may shrink below a long word, which then wraps instead of widening the page. */
  .inner > *,
  li {
    min-inline-size: 0;
  }
  h2 {
    margin-block: 0 var(--ger-space-sm);
    font-size: var(--ger-font-size-lg);
    line-height: var(--ger-line-height-heading);
  }
  .plain {
    display: grid;
    gap: var(--ger-space-sm);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .label {
    display: block;
    color: var(--ger-color-text-muted);
    font-size: var(--ger-font-size-sm);
  }
  .hotline {
    font-size: var(--ger-font-size-2xl);
    font-weight: var(--ger-font-weight-bold);
    line-height: var(--ger-line-height-tight);
  }
  .note {
    display: block;
  }
  a {
    display: inline-block;
    max-inline-size: 100%;
    padding-block: var(--ger-space-3xs);
    color: var(--ger-color-link);
    text-underline-offset: 0.15em;
  }
  a:hover {
    color: var(--ger-color-link-hover);
    text-decoration-thickness: 0.15em;
  }
  p {
    margin-block: 0 var(--ger-space-sm);
  }
  .about ::slotted(*) {
    color: var(--ger-color-text-muted);
    font-size: var(--ger-font-size-sm);
    letter-spacing: var(--ger-letter-spacing-body);
    word-spacing: var(--ger-word-spacing-body);
  }
  /* Written links, once read, are the links above, not small print (before, on the server's
     page, they show here). */
  .read ::slotted(:is(ul, ol, li, a)) {
    display: none;
  }
  @media (forced-colors: active) {
    .footer {
      border-block-start-color: CanvasText;
    }
    a {
      color: LinkText;
    }
  }
`;
