import { css } from 'lit';

/** The calendar dialog; it loads with the calendar (calendar.ts). Buttons take the one button look of the field. */
export const calendarStyles = css`
  .calendar {
    box-sizing: border-box;
    /* At least as wide as seven days of the target size (44 px at default text size, which fit a
       320 px screen), never wider than the screen; otherwise as wide as its text wants, with room
       for a scrollbar. The grid below is a size container, which gives the dialog no width. */
    min-inline-size: min(100%, calc(7 * var(--ger-size-target-minimum) + 2 * (var(--ger-space-md) + var(--ger-border-width-thin))));
    max-inline-size: 100%;
    max-block-size: 100%;
    padding: clamp(var(--ger-space-2xs), calc((100vw - 20rem) / 2), var(--ger-space-md));
    overflow: auto;
    border: var(--ger-border-width-thin) solid var(--ger-color-border-control);
    border-radius: var(--ger-radius-md);
    background: var(--ger-color-surface-raised);
    box-shadow: var(--ger-shadow-md);
    color: var(--ger-color-text);
  }
  .calendar::backdrop {
    background: color-mix(in srgb, var(--ger-color-text) 45%, transparent);
  }
  .calendar-title {
    margin-block: 0 var(--ger-space-xs);
    font-size: 1.25em;
    line-height: var(--ger-line-height-heading);
  }
  /* The month on its own line, then back and forward apart: the same at 320 px as on a desktop. */
  .calendar-month {
    margin: 0;
    font-weight: var(--ger-font-weight-bold);
    text-align: center;
  }
  .calendar-nav {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--ger-space-2xs);
    margin-block-start: var(--ger-space-2xs);
  }
  .steps {
    display: flex;
    gap: var(--ger-space-2xs);
  }
  .step {
    display: inline-grid;
    place-items: center;
    min-inline-size: var(--ger-size-target-minimum);
    padding-inline: var(--ger-space-2xs);
  }
  .step[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* Icons that point along the line turn with it: right-to-left, and in vertical Mongolian script. */
  :host(:dir(rtl)) .icon {
    transform: scaleX(-1);
  }
  /* Vertical-lr is horizontal-tb with x and y swapped: back points up, forward down. */
  :host(:lang(mn-Mong)) .icon {
    transform: matrix(0, 1, 1, 0, 0, 0);
  }
  .calendar-grid {
    container-type: inline-size;
    margin-block: var(--ger-space-xs);
    overflow: auto;
  }
  table {
    margin-inline: auto;
    border-collapse: collapse;
  }
  th {
    padding-block: var(--ger-space-2xs);
    font-size: 0.875em;
    font-weight: var(--ger-font-weight-regular);
  }
  /* A table cell's width is its least width. */
  th,
  td {
    inline-size: var(--ger-size-target-minimum);
    padding: 0;
    text-align: center;
  }
  .day {
    box-sizing: border-box;
    block-size: var(--ger-size-target-minimum);
    border: var(--ger-border-width-thin) solid transparent;
    border-radius: var(--ger-radius-md);
    cursor: pointer;
  }
  /* Larger text on a narrow screen: seven days no longer get the target size (2.75rem each, the
     rem the reader's text size), and the numbers would run together ("10111213"). Each day gets a
     tile of its own, apart from its neighbours. A little under seven targets (19.25rem): the
     grid's width is rounded to device pixels. */
  @container (inline-size < 19rem) {
    table {
      border-collapse: separate;
      border-spacing: var(--ger-border-width-thick);
    }
    .day {
      background: var(--ger-color-surface-sunken);
    }
  }
  .day:hover {
    background: var(--ger-color-brand-subtle);
    color: var(--ger-color-on-brand-subtle);
  }
  .day.focusable:focus-visible {
    outline-offset: calc(-1 * var(--ger-focus-ring-width));
  }
  .day[aria-current='date'] {
    border-color: currentColor;
    font-weight: var(--ger-font-weight-bold);
  }
  /* Not by colour alone: an unavailable day is struck through as well. */
  .day[aria-disabled='true'] {
    color: var(--ger-color-text-muted);
    text-decoration: line-through;
    cursor: not-allowed;
  }
  .day[aria-selected='true'] {
    background: var(--ger-color-brand);
    color: var(--ger-color-on-brand);
    font-weight: var(--ger-font-weight-bold);
  }
  /* The ring lies inside the cell, on the chosen day's fill of nearly its colour: a band of the
     ring's inner colour sets it apart, as the gap around every other focus ring does. */
  .day[aria-selected='true'].focusable:focus-visible {
    box-shadow: inset 0 0 0 calc(var(--ger-focus-ring-width) + var(--ger-focus-ring-offset)) var(--ger-color-focus-ring-inner);
  }
  .calendar-keys {
    margin-block: 0 var(--ger-space-xs);
    color: var(--ger-color-text-muted);
    font-size: 0.875em;
  }
  .calendar-close {
    display: block;
    margin-inline-start: auto;
  }
  @media (forced-colors: active) {
    .calendar {
      border-color: CanvasText;
    }
    .day[aria-current='date'] {
      border-color: CanvasText;
    }
    .day[aria-disabled='true'] {
      color: GrayText;
    }
    .day[aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
