import { css } from 'lit';

export const detailsStyles = css`
  /* The host is a box: an author lays it out, measures it, scrolls to it and clicks it. */
  :host {
    display: block;
    margin-block-end: var(--ger-space-lg);
    color: var(--ger-color-text);
  }

  /* A link-coloured, underlined summary: it reads as something to open, not as a heading. */
  .summary {
    display: inline-flex;
    align-items: flex-start;
    gap: var(--ger-space-2xs);
    min-block-size: var(--ger-size-target-minimum);
    padding-block: var(--ger-space-xs);
    color: var(--ger-color-link);
    cursor: pointer;
    list-style: none;
  }
  .summary::-webkit-details-marker {
    display: none;
  }
  .summary:hover {
    color: var(--ger-color-link-hover);
  }
  .summary .text {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .summary:hover .text {
    text-decoration-thickness: 0.15em;
  }
  .marker {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.5em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
    transition: transform var(--ger-duration-fast) var(--ger-easing-standard);
  }
  :host(:dir(rtl)) .marker {
    transform: scaleX(-1);
  }
  .details[open] .marker {
    transform: rotate(90deg);
  }
  /* Set vertically (the traditional script) the text runs down and the content opens to the right. */
  :host(:lang(mn-Mong)) .marker {
    transform: rotate(90deg);
  }
  :host(:lang(mn-Mong)) .details[open] .marker {
    transform: none;
  }

  .content {
    padding-block: var(--ger-space-xs);
    padding-inline: var(--ger-space-md);
    border-inline-start: var(--ger-border-width-heavy) solid var(--ger-color-border);
  }

  @media (forced-colors: active) {
    .summary {
      color: LinkText;
    }
    .content {
      border-color: CanvasText;
    }
  }
`;
