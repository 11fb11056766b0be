import { css } from 'lit';

export const backLinkStyles = css`
  /* The host is a box: an author lays it out, measures it, scrolls to it and clicks it. */
  :host {
    display: block;
    margin-block: var(--ger-space-md);
  }
  /* A history link cannot work before its script runs (server-rendered, or script blocked). */
  :host(:not(:defined)) .history {
    display: none;
  }

  .link {
    display: inline-flex;
    align-items: center;
    gap: var(--ger-space-xs);
    max-inline-size: 100%;
    min-block-size: var(--ger-size-target-minimum);
    color: var(--ger-color-text);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .link:hover {
    text-decoration-thickness: 0.15em;
  }
  /* A triangle drawn with logical borders: it points to the inline start, left in Mongolian
     Cyrillic, right in right-to-left text, up in vertical Mongolian script, without a transform. */
  .arrow {
    flex: none;
    inline-size: 0;
    block-size: 0;
    border-block: 0.35em solid transparent;
    border-inline-end: 0.45em solid currentColor;
  }

  @media (forced-colors: active) {
    .link {
      color: LinkText;
    }
    /* Forced colours would paint the transparent borders too: keep the triangle's shape. */
    .arrow {
      forced-color-adjust: none;
      border-block-color: transparent;
      border-inline-end-color: LinkText;
    }
  }
`;
