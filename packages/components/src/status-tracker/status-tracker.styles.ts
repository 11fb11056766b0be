import { css } from 'lit';

export const statusTrackerStyles = css`
  :host {
    display: block;
  }
  p {
    margin: 0;
  }
  .summary {
    margin-block-end: var(--ger-space-lg);
  }
  .current {
    font-size: var(--ger-font-size-lg);
    font-weight: var(--ger-font-weight-bold);
    line-height: var(--ger-line-height-heading);
  }
  .overdue {
    margin-block-start: var(--ger-space-sm);
    padding: var(--ger-space-sm) var(--ger-space-md);
    border-inline-start: var(--ger-border-width-heavy) solid var(--ger-color-danger);
    background: var(--ger-color-danger-subtle);
    color: var(--ger-color-on-danger-subtle);
    font-weight: var(--ger-font-weight-bold);
  }
  dl {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ger-space-sm) var(--ger-space-xl);
    margin: var(--ger-space-sm) 0 0;
  }
  dl > div {
    min-inline-size: 0;
  }
  dt {
    color: var(--ger-color-text-muted);
    font-size: var(--ger-font-size-sm);
  }
  dd {
    margin: 0;
  }
  .reference {
    font-weight: var(--ger-font-weight-bold);
  }

  /* The line down the timeline and each event's marker are drawn: the list says the order. */
  .timeline {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .event {
    position: relative;
    padding-block-end: var(--ger-space-md);
    padding-inline-start: var(--ger-space-xl);
    border-inline-start: var(--ger-border-width-thick) solid var(--ger-color-border);
    margin-inline-start: 0.5em;
  }
  .event:last-child {
    border-inline-start-color: transparent;
  }
  .event::before {
    content: '';
    box-sizing: border-box;
    position: absolute;
    inset-block-start: 0.25em;
    inset-inline-start: calc(-0.5em - var(--ger-border-width-thick) / 2);
    inline-size: 1em;
    block-size: 1em;
    border: var(--ger-border-width-thick) solid var(--ger-color-brand);
    border-radius: var(--ger-radius-pill);
    background: var(--ger-color-surface);
  }
  .now::before {
    background: var(--ger-color-brand);
  }
  .name {
    font-weight: var(--ger-font-weight-bold);
  }
  .now .name {
    font-size: var(--ger-font-size-lg);
  }
  .when {
    color: var(--ger-color-text-muted);
    font-size: var(--ger-font-size-sm);
  }
  /* What the reader should know or do: set apart from the unit line. */
  .note {
    max-inline-size: var(--ger-size-measure);
    margin-block-start: var(--ger-space-2xs);
    padding-inline-start: var(--ger-space-sm);
    border-inline-start: var(--ger-border-width-thick) solid var(--ger-color-border-control);
  }
  @media (forced-colors: active) {
    .overdue {
      border: var(--ger-border-width-thick) solid CanvasText;
    }
    .now::before {
      background: CanvasText;
    }
  }
`;
