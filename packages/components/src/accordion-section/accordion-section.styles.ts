import { css } from 'lit';

export const accordionSectionStyles = css`
  /* The host is a box: an author lays it out, measures it, scrolls to it and clicks it. */
  :host {
    display: block;
    border-block-end: var(--ger-border-width-thin) solid var(--ger-color-border);
    color: var(--ger-color-text);
  }

  .heading {
    margin: 0;
  }
  /* The whole heading row is the target, at least 44 px tall. Where the text would have less
     than about ten characters' room (320 px with 200% text), "Show" wraps below it, as on GOV.UK,
     rather than squeeze the heading until its words break. */
  .button {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--ger-space-sm);
    inline-size: 100%;
    min-block-size: var(--ger-size-target-minimum);
    margin: 0;
    padding-block: var(--ger-space-sm);
    padding-inline: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .text {
    flex: 1 1 10em;
  }
  .title {
    display: block;
    color: var(--ger-color-link);
    font-size: var(--ger-font-size-lg);
    font-weight: var(--ger-font-weight-bold);
    line-height: var(--ger-line-height-heading);
  }
  .button:hover .title {
    color: var(--ger-color-link-hover);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .summary {
    display: block;
    margin-block-start: var(--ger-space-2xs);
    color: var(--ger-color-text-muted);
    font-weight: var(--ger-font-weight-regular);
  }
  /* "Show" / "Hide" beside a chevron: the word for those who do not read the icon. */
  .toggle {
    display: inline-flex;
    flex: none;
    align-items: center;
    gap: var(--ger-space-2xs);
    color: var(--ger-color-link);
    line-height: var(--ger-line-height-heading);
  }
  .chevron {
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
    transition: transform var(--ger-duration-fast) var(--ger-easing-standard);
  }
  :host([open]) .chevron {
    transform: rotate(180deg);
  }
  /* Set vertically (the traditional script) the content opens to the right: the chevron turns there. */
  :host(:lang(mn-Mong)) .chevron {
    rotate: -90deg;
  }

  /* hidden="until-found" hides the content's contents, not its box: the padding is inside. */
  .body {
    padding-block: var(--ger-space-2xs) var(--ger-space-lg);
  }

  /* Without JavaScript (a server-rendered page before or without its script) the button does
     nothing: every section is shown and the toggle is left out. */
  :host(:not(:defined)) .content {
    display: block;
    content-visibility: visible;
  }
  :host(:not(:defined)) .toggle {
    display: none;
  }

  @media (forced-colors: active) {
    .title,
    .toggle {
      color: ButtonText;
    }
  }
`;
