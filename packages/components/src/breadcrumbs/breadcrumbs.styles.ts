import { css } from 'lit';

export const breadcrumbsStyles = css`
  :host {
    display: block;
    margin-block: var(--ger-space-md);
  }
  .list {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--ger-font-size-sm);
  }
  li {
    display: flex;
    align-items: center;
    max-inline-size: 100%;
  }
  /* A drawn chevron: decoration only, so nothing extra is read out. */
  li + li::before {
    content: '';
    box-sizing: border-box;
    flex: none;
    inline-size: 0.45em;
    block-size: 0.45em;
    margin-inline: var(--ger-space-xs);
    border-block-start: var(--ger-border-width-thick) solid var(--ger-color-text-muted);
    border-inline-end: var(--ger-border-width-thick) solid var(--ger-color-text-muted);
    transform: rotate(45deg);
  }
  /* The logical borders move with the text: right to left, and set vertically (the traditional
     script), the same turn makes the chevron point along the text (left; down). */
  :host(:dir(rtl)) li + li::before,
  :host(:lang(mn-Mong)) li + li::before {
    transform: rotate(-45deg);
  }
  /* Flex items of their li, holding their text directly: they shrink below a long word, which wraps. */
  a,
  span {
    min-inline-size: 0;
    padding-block: var(--ger-space-3xs);
  }
  a {
    color: var(--ger-color-link);
    text-underline-offset: 0.15em;
  }
  a:hover {
    color: var(--ger-color-link-hover);
    text-decoration-thickness: 0.15em;
  }
  [aria-current='page'] {
    color: var(--ger-color-text);
  }
  @media (forced-colors: active) {
    li + li::before {
      border-color: CanvasText;
    }
    a {
      color: LinkText;
    }
  }
`;
