import { css } from 'lit';

export const warningTextStyles = css`
  /* The host is a box: an author lays it out, measures it, scrolls to it and clicks it. */
  :host {
    display: block;
    max-inline-size: var(--ger-size-measure);
    margin-block: var(--ger-space-lg);
    color: var(--ger-color-text);
  }

  .base {
    display: flex;
    align-items: flex-start;
    gap: var(--ger-space-sm);
  }
  /* A circle as large as two lines of text would be too loud; one line's height, aligned to the first line. */
  .icon {
    flex: none;
    inline-size: 1.75em;
    block-size: 1.75em;
    fill: var(--ger-color-text);
    stroke: var(--ger-color-surface);
    stroke-width: 3;
    stroke-linecap: round;
  }
  .icon .dot {
    fill: var(--ger-color-surface);
    stroke: none;
  }
  .text {
    flex: 1 1 0;
    min-inline-size: 0;
    padding-block-start: 0.1em;
    font-weight: var(--ger-font-weight-bold);
  }

  /* Forced colours would flatten the icon to one colour: draw it in the system's text colours. */
  @media (forced-colors: active) {
    .icon {
      forced-color-adjust: none;
      fill: CanvasText;
      stroke: Canvas;
    }
    .icon .dot {
      fill: Canvas;
    }
  }
`;
