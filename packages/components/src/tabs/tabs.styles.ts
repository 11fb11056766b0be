import { css } from 'lit';

export const tabsStyles = css`
  /* The host is a box: an author lays it out, measures it, scrolls to it and clicks it. */
  :host {
    position: relative;
    display: block;
    margin-block-end: var(--ger-space-lg);
    color: var(--ger-color-text);
  }

  /* Tabs wrap to a second row rather than scroll out of sight; below 40em they are sections. */
  .tablist {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ger-space-2xs);
    border-block-end: var(--ger-border-width-thin) solid var(--ger-color-border);
  }
  .tab {
    min-block-size: var(--ger-size-target-minimum);
    margin: 0;
    margin-block-end: calc(-1 * var(--ger-border-width-thin));
    padding-block: var(--ger-space-xs);
    padding-inline: var(--ger-space-md);
    border: var(--ger-border-width-thin) solid transparent;
    border-start-start-radius: var(--ger-radius-sm);
    border-start-end-radius: var(--ger-radius-sm);
    background: var(--ger-color-surface-sunken);
    color: var(--ger-color-link);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .tab:hover {
    color: var(--ger-color-link-hover);
    text-decoration-thickness: 0.15em;
  }
  /* The selected tab joins its panel: the page's colour, a border, no underline, bold. */
  .tab[aria-selected='true'] {
    border-color: var(--ger-color-border);
    border-block-end-color: var(--ger-color-surface);
    background: var(--ger-color-surface);
    color: var(--ger-color-text);
    font-weight: var(--ger-font-weight-bold);
    text-decoration: none;
  }
  .tabbed::slotted(ger-tab-panel) {
    padding-inline: var(--ger-space-md);
    border: var(--ger-border-width-thin) solid var(--ger-color-border);
    border-block-start: 0;
  }

  /* Measure the host's width and its text size (1em) without taking room or widening the page. */
  .measure {
    position: absolute;
    inset-inline: 0;
    block-size: 0;
    overflow: hidden;
    visibility: hidden;
  }
  .ruler {
    inline-size: 1em;
    block-size: 1px;
  }

  @media (forced-colors: active) {
    .tab {
      border-color: ButtonText;
      color: LinkText;
    }
    .tab[aria-selected='true'] {
      border-block-end-color: Canvas;
      color: CanvasText;
    }
  }
`;
