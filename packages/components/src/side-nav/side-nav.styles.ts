import { css } from 'lit';

export const sideNavStyles = css`
  /* The host is a box: an author lays it out, measures it, scrolls to it and clicks it. */
  :host {
    display: block;
    margin-block-end: var(--ger-space-lg);
    color: var(--ger-color-text);
  }

  .heading {
    margin-block: 0 var(--ger-space-sm);
    font-size: var(--ger-font-size-lg);
    font-weight: var(--ger-font-weight-bold);
    line-height: var(--ger-line-height-heading);
  }

  .list,
  .sublist {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .sublist {
    padding-inline-start: var(--ger-space-md);
  }
  /* Each link a full-width target, at least 44 px high (WCAG 2.5.8 asks for 24). */
  .link {
    display: block;
    min-block-size: var(--ger-size-target-minimum);
    padding-block: var(--ger-space-xs);
    padding-inline: var(--ger-space-sm) var(--ger-space-xs);
    border-inline-start: var(--ger-border-width-heavy) solid transparent;
    color: var(--ger-color-link);
    text-underline-offset: 0.15em;
  }
  a.link:hover {
    color: var(--ger-color-link-hover);
    text-decoration-thickness: 0.15em;
  }
  /* The current page: bold, a bar beside it, not underlined (it leads nowhere new). */
  .link[aria-current] {
    border-inline-start-color: var(--ger-color-brand);
    color: var(--ger-color-text);
    font-weight: var(--ger-font-weight-bold);
    text-decoration: none;
  }
  /* The section that holds the current page. */
  .in-section {
    font-weight: var(--ger-font-weight-bold);
  }

  /* The button of a narrow screen: a full-width row with a chevron that turns when open. */
  .toggle {
    display: none;
    align-items: center;
    justify-content: space-between;
    gap: var(--ger-space-sm);
    inline-size: 100%;
    min-block-size: var(--ger-size-target-minimum);
    margin: 0;
    padding-block: var(--ger-space-xs);
    padding-inline: var(--ger-space-sm);
    border: var(--ger-border-width-thick) solid var(--ger-color-border-control);
    border-radius: var(--ger-radius-md);
    background: var(--ger-color-surface);
    color: var(--ger-color-text);
    font: inherit;
    font-weight: var(--ger-font-weight-bold);
    text-align: start;
    cursor: pointer;
  }
  .chevron {
    flex: none;
    inline-size: 0.6em;
    block-size: 0.6em;
    border-block-end: var(--ger-border-width-thick) solid currentColor;
    border-inline-end: var(--ger-border-width-thick) solid currentColor;
    transform: rotate(45deg);
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(-135deg);
  }
  /* From right to left the inline end is the left: the corner turns the other way. */
  :host(:dir(rtl)) .chevron {
    transform: rotate(-45deg);
  }
  :host(:dir(rtl)) [aria-expanded='true'] .chevron {
    transform: rotate(135deg);
  }
  /* Set vertically (the traditional script) the list opens to the right: the chevron points there. */
  :host(:lang(mn-Mong)) .chevron {
    transform: rotate(-45deg);
  }
  :host(:lang(mn-Mong)) [aria-expanded='true'] .chevron {
    transform: rotate(135deg);
  }

  /* Narrow (a phone, or a large browser text size): the list folds behind the button. */
  @media (max-width: 40rem) {
    .toggle {
      display: flex;
    }
    .title {
      display: none;
    }
    .list:not(.open) {
      display: none;
    }
    .list.open {
      margin-block-start: var(--ger-space-xs);
    }
  }
  /* Before the script runs the button cannot work: the list shows, as on a wide screen. */
  :host(:not(:defined)) .toggle {
    display: none;
  }
  :host(:not(:defined)) .title,
  :host(:not(:defined)) .list {
    display: block;
  }

  @media (forced-colors: active) {
    .link {
      border-inline-start-color: Canvas;
    }
    .link[aria-current] {
      border-inline-start-color: CanvasText;
    }
    .toggle {
      border-color: ButtonText;
    }
  }
`;
