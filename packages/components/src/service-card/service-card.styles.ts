import { css } from 'lit';

export const serviceCardStyles = css`
  /* Cards sit in grids, which size a column to its longest word. At 200% text with wide
     spacing on a phone a word can be wider than the card: it may break anywhere, so the card
     still fits the screen.
     Not content-visibility: auto, although it renders 1,448 cards in half the time: Chromium then
     leaves the headings of cards off screen out of the accessibility tree (15 of 300 remained),
     so a screen reader's heading list would lose them. */
  :host {
    display: block;
    overflow-wrap: anywhere;
  }
  /* The parts stack in block flow, not a flex column: the same look, and a thousand cards on a
     page lay out measurably faster (bench/peer-cards.mjs). */
  .card {
    position: relative;
    display: block;
    block-size: 100%;
    padding: var(--ger-service-card-padding);
    border: var(--ger-service-card-border-width) solid var(--ger-service-card-border);
    border-radius: var(--ger-service-card-radius);
    background: var(--ger-service-card-background);
    color: var(--ger-color-text);
  }
  .card > * + * {
    margin-block-start: var(--ger-service-card-gap);
  }
  .card:hover {
    border-color: var(--ger-service-card-border-hover);
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--ger-space-2xs) var(--ger-space-sm);
  }
  /* Flex items may shrink below their longest word, which then breaks (overflow-wrap). */
  .heading,
  .facts > div {
    min-inline-size: 0;
  }
  /* With a status, the title and the status share a row (the title takes the room). */
  .header > .heading {
    flex: 1 1 12em;
  }
  .heading {
    font-size: var(--ger-service-card-heading-size);
    font-weight: var(--ger-font-weight-bold);
    line-height: var(--ger-line-height-heading);
  }
  .compact .heading {
    font-size: var(--ger-font-size-md);
  }

  a {
    color: var(--ger-color-link);
    text-underline-offset: 0.15em;
  }
  a:visited {
    color: var(--ger-color-link-visited);
  }
  .link:not([href]) {
    color: inherit;
  }
  .card:hover .link,
  .action:hover {
    color: var(--ger-color-link-hover);
    text-decoration-thickness: 0.15em;
  }
  /* The title's link covers the card, so the whole card is clickable while only the title is
     the link's name. Its focus ring is drawn just inside the card's edge, so that a list that
     clips its items' overflow does not cut it off.
     The cover is generated only where a click can come: under a hovering pointer, around the
     focused link, and always on a touch screen (a tap does not hover first). A catalogue of a
     thousand cards then renders without a thousand boxes that nobody is pointing at
     (bench/peer-cards.mjs: about a tenth of the card's time). */
  .link[href]::after {
    position: absolute;
    inset: 0;
    border-radius: var(--ger-service-card-radius);
  }
  .card:hover .link[href]::after,
  .link[href]:focus-visible::after {
    content: '';
  }
  @media (any-pointer: coarse), (hover: none) {
    .link[href]::after {
      content: '';
    }
  }
  .link:focus {
    outline: none;
  }
  .link:focus-visible::after {
    outline: var(--ger-focus-ring-width) solid var(--ger-color-focus-ring);
    outline-offset: calc(-1 * var(--ger-focus-ring-width));
    box-shadow: inset 0 0 0 calc(var(--ger-focus-ring-width) + var(--ger-focus-ring-offset)) var(--ger-color-focus-ring-inner);
  }

  .status {
    padding-block: var(--ger-space-3xs);
    padding-inline: var(--ger-tag-padding-inline);
    border: var(--ger-border-width-thin) solid var(--ger-color-info);
    border-radius: var(--ger-tag-radius);
    background: var(--ger-color-info-subtle);
    color: var(--ger-color-on-info-subtle);
    font-size: var(--ger-tag-font-size);
    font-weight: var(--ger-font-weight-bold);
    line-height: var(--ger-line-height-tight);
  }
  .status-updated {
    border-color: var(--ger-color-success);
    background: var(--ger-color-success-subtle);
    color: var(--ger-color-on-success-subtle);
  }
  .status-unavailable {
    border-color: var(--ger-color-warning);
    background: var(--ger-color-warning-subtle);
    color: var(--ger-color-on-warning-subtle);
  }

  p,
  dl,
  dd {
    margin: 0;
  }
  .agency {
    color: var(--ger-color-text-muted);
    font-size: var(--ger-font-size-sm);
  }
  .description {
    max-inline-size: var(--ger-size-measure);
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ger-space-2xs) var(--ger-space-lg);
    font-size: var(--ger-font-size-sm);
  }
  dt {
    font-weight: var(--ger-font-weight-bold);
  }
  /* The compact card's facts speak for themselves: the labels are for screen readers only. */
  .compact dt {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Above the title's overlay (later in the tree), so it takes its own clicks. */
  .action {
    position: relative;
    display: block;
    inline-size: fit-content;
    padding-block: var(--ger-space-xs);
    font-weight: var(--ger-font-weight-bold);
  }

  @media (forced-colors: active) {
    .card,
    .status {
      border-color: CanvasText;
    }
    .link:focus-visible::after {
      outline-color: Highlight;
    }
  }
`;
