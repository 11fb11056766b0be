import { css } from 'lit';

export const paginationStyles = css`
  /* The host is a box, and the container its narrow layout queries (sizeContainerStyles). */
  :host {
    display: block;
    color: var(--ger-color-text);
  }
  .list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ger-space-2xs);
    align-items: center;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: flex;
  }
  a,
  button {
    display: inline-flex;
    gap: var(--ger-space-xs);
    align-items: center;
    justify-content: center;
    min-inline-size: var(--ger-size-target-minimum);
    min-block-size: var(--ger-size-target-minimum);
    margin: 0;
    padding-block: var(--ger-space-2xs);
    padding-inline: var(--ger-space-xs);
    border: var(--ger-border-width-thin) solid transparent;
    border-radius: var(--ger-radius-sm);
    background: none;
    color: var(--ger-color-link);
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  a:hover,
  button:hover {
    color: var(--ger-color-link-hover);
    text-decoration-thickness: 0.15em;
  }
  /* The current page: a filled box, not only a colour. */
  [aria-current='page'] {
    background: var(--ger-color-brand);
    color: var(--ger-color-on-brand);
    font-weight: var(--ger-font-weight-bold);
    text-decoration: none;
  }
  [aria-current='page']:hover {
    color: var(--ger-color-on-brand);
  }
  .previous,
  .next {
    font-weight: var(--ger-font-weight-bold);
  }
  .gap {
    align-items: center;
    padding-inline: var(--ger-space-xs);
    color: var(--ger-color-text-muted);
  }
  /* A drawn chevron that turns with the text direction and writing mode. */
  .arrow {
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-block-start: var(--ger-border-width-thick) solid currentcolor;
    border-inline-start: var(--ger-border-width-thick) solid currentcolor;
    transform: rotate(-45deg);
  }
  .arrow.next {
    transform: rotate(135deg);
  }
  /* The logical borders move with the text: right to left, and set vertically (the traditional
     script), the same turn makes the arrows point along the text (right, left; up, down). */
  :host(:dir(rtl)) .arrow,
  :host(:lang(mn-Mong)) .arrow {
    transform: rotate(45deg);
  }
  :host(:dir(rtl)) .arrow.next,
  :host(:lang(mn-Mong)) .arrow.next {
    transform: rotate(-135deg);
  }
  /* Narrow, or large text: only the first, current and last page numbers stay between previous and next. */
  @container (inline-size < 30em) {
    .near {
      display: none;
    }
    .list {
      justify-content: space-between;
    }
  }
  @media (forced-colors: active) {
    a,
    button {
      color: LinkText;
    }
    [aria-current='page'] {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
