import { css } from 'lit';

export const panelStyles = css`
  /* The host is a box: an author lays it out, measures it, scrolls to it and clicks it. */
  :host {
    display: block;
    color: var(--ger-color-text);
  }
  .panel {
    padding: var(--ger-space-lg);
    border: var(--ger-border-width-heavy) solid transparent;
    background: var(--ger-color-success);
    color: var(--ger-color-on-success);
    text-align: center;
  }
  .heading {
    margin: 0;
    font-size: var(--ger-font-size-2xl);
    font-weight: var(--ger-font-weight-bold);
    line-height: var(--ger-line-height-heading);
  }
  /* Focus is moved to the heading to announce the outcome: no ring on a heading that cannot be clicked. */
  .heading:focus,
  .panel:focus {
    outline: none;
  }
  .body {
    margin-block: var(--ger-space-md) 0;
    font-size: var(--ger-font-size-lg);
  }
  /* A reference number is copied and read out: large, with even digits; it wraps only when it cannot fit (320 px at 200% text). */
  .reference {
    display: block;
    margin-block-start: var(--ger-space-2xs);
    font-size: var(--ger-font-size-xl);
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .next {
    margin-block-start: var(--ger-space-lg);
  }
  ::slotted(:first-child) {
    margin-block-start: 0;
  }
  /* On a phone, or at 200% text: less padding and a smaller heading, so no word breaks apart. */
  @container (inline-size < 30em) {
    .panel {
      padding: var(--ger-space-md) var(--ger-space-sm);
    }
    .heading {
      font-size: var(--ger-font-size-lg);
    }
  }
  @media (forced-colors: active) {
    .panel {
      border-color: CanvasText;
    }
  }
`;
