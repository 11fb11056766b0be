import { css } from 'lit';

/*
 * What every element starts from, in one sheet (one style sheet to adopt per shadow root).
 * Reduced motion needs no rule here: every transition and animation runs on the duration tokens,
 * which ger.css sets to zero under prefers-reduced-motion and the reader's "reduce" setting.
 */
export const elementStyles = css`
  /* Box model, font and text spacing. */
  :host {
    box-sizing: border-box;
    font-family: var(--ger-font-family-sans);
    line-height: var(--ger-line-height-body);
    overflow-wrap: break-word;
  }
  /* Letter and word spacing are declared on every element rather than inherited, so their \`em\`
     is each element's own font size (a heading's letters spaced by the heading's size, as WCAG
     1.4.12 asks), and native controls, which reset spacing to normal, follow too. */
  :host,
  * {
    letter-spacing: var(--ger-letter-spacing-body);
    word-spacing: var(--ger-word-spacing-body);
  }
  :host([hidden]) {
    display: none !important;
  }
  /* Elements only: a rule for every element's ::before and ::after makes the engine work out both
     pseudo-elements' styles for each element, drawn or not (1,448 cards in bench/peer-cards.mjs:
     0.04x to 0.08x of static HTML's time). A pseudo-element that draws a box sets its own box-sizing. */
  * {
    box-sizing: inherit;
  }

  /* The focus ring: an outer ring in the focus colour with an inner ring that keeps it visible
     on any background. Add class \`focusable\` to whatever takes focus. The page's own links and
     controls get the same ring from ger.css (tokens' lib/formats.mjs): change both. */
  .focusable:focus-visible {
    outline: var(--ger-focus-ring-width) solid var(--ger-color-focus-ring);
    outline-offset: var(--ger-focus-ring-offset);
    box-shadow: 0 0 0 var(--ger-focus-ring-offset) var(--ger-color-focus-ring-inner);
  }
  @media (forced-colors: active) {
    .focusable:focus-visible {
      outline-color: Highlight;
    }
  }

  /* Class \`visually-hidden\`: hidden on screen, read by screen readers. */
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  /* Text inside a flex box (a menu button's label, a settings option's text) sits in \`.text\`: it
     may shrink below its longest word, so on a phone at 200% text a long word wraps instead of
     pushing the page sideways, while a table still sizes its column to whole words (no "Хян/агда/ж"). */
  .text {
    min-inline-size: 0;
  }
`;

/** The styles every element starts from; an array, as each element spreads it before its own. */
export const sharedStyles = [elementStyles];
