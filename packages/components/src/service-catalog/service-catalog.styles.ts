import { css } from 'lit';

export const serviceCatalogStyles = css`
  :host {
    display: block;
  }

  form,
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ger-space-xs) var(--ger-space-md);
  }
  form > * {
    flex: 1 0 100%;
  }
  fieldset {
    margin: var(--ger-space-xs) 0 0;
    padding: 0;
    border: 0;
  }
  legend {
    margin-block-end: var(--ger-space-xs);
    padding: 0;
    font-weight: var(--ger-font-weight-bold);
  }
  label {
    flex: 1 1 14em;
    font-weight: var(--ger-font-weight-bold);
  }
  p {
    margin: 0;
  }
  .hint {
    margin-block-start: calc(-1 * var(--ger-space-xs));
    color: var(--ger-color-text-muted);
    font-size: var(--ger-font-size-sm);
  }
  input,
  select {
    display: block;
    inline-size: 100%;
    min-block-size: var(--ger-input-min-size);
    margin-block-start: var(--ger-space-2xs);
    padding-inline: var(--ger-space-xs);
    border: var(--ger-input-border-width) solid var(--ger-input-border);
    border-radius: var(--ger-input-radius);
    background: var(--ger-input-background);
    color: var(--ger-input-foreground);
    font: inherit;
    font-weight: var(--ger-font-weight-regular);
  }

  .count {
    margin-block: var(--ger-space-md) var(--ger-space-sm);
    font-weight: var(--ger-font-weight-bold);
  }
  .page-heading {
    margin-block-end: var(--ger-space-sm);
  }

  ul {
    display: flex;
    flex-direction: column;
    gap: var(--ger-space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
    /* The cards are replaced on every search and page: no anchor for the browser's scroll
       anchoring, which moved the page as they went (Firefox, even at its top). */
    overflow-anchor: none;
  }
  /* No results: no empty list for a screen reader to announce. */
  ul[hidden] {
    display: none;
  }
  /* No content-visibility: auto on the cards, although it would skip the layout of those off
     screen: Chromium leaves skipped content out of the accessibility tree, so a screen reader's
     list of headings would end at the fold (service-catalog.test.ts). */

  .empty {
    display: flex;
    flex-direction: column;
    gap: var(--ger-space-sm);
    padding: var(--ger-space-md);
    /* The inline padding gives way (down to space-2xs) when the box is narrow for the text, so the
       heading's words keep whole: "үйлчилгээ", "олдсонгүй" at 200% text on a 320 px phone. Full
       padding wherever the box has 9rem of content to spare (as the notification banner). */
    padding-inline: clamp(var(--ger-space-2xs), (100% - 9rem) / 2, var(--ger-space-md));
    border: var(--ger-border-width-thin) solid var(--ger-color-border);
    border-radius: var(--ger-radius-lg);
    background: var(--ger-color-surface-sunken);
  }
  .heading {
    font-size: var(--ger-font-size-lg);
    font-weight: var(--ger-font-weight-bold);
    line-height: var(--ger-line-height-heading);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ger-space-xs) var(--ger-space-lg);
  }
  /* A long word in a link may break anywhere: at 200% text on a phone it can be wider than the screen. */
  a,
  button {
    display: inline-flex;
    align-items: center;
    max-inline-size: 100%;
    overflow-wrap: anywhere;
    min-block-size: var(--ger-size-target-minimum);
    padding: 0;
    border: 0;
    background: none;
    color: var(--ger-color-link);
    font: inherit;
    font-weight: var(--ger-font-weight-bold);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  a:hover,
  button:hover {
    color: var(--ger-color-link-hover);
    text-decoration-thickness: 0.15em;
  }
`;
