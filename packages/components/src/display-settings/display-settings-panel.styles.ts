import { css } from 'lit';

/** The panel's styles: they load with the panel (see `LazyPartController`). */
export const displaySettingsPanelStyles = css`
  .panel {
    display: grid;
    gap: var(--ger-space-md);
    margin-block-start: var(--ger-space-xs);
    padding: var(--ger-space-md);
    border: var(--ger-border-width-thin) solid var(--ger-color-border);
    border-radius: var(--ger-radius-md);
    background: var(--ger-color-surface-raised);
    box-shadow: var(--ger-shadow-md);
  }
  /* In a toolbar: in the flow, the open panel would wrap the toolbar's items onto rows of their
     own and move the button the reader just pressed. */
  :host([overlay]) .panel {
    position: absolute;
    inset-block-start: 100%;
    inset-inline-end: var(--ger-space-md);
    z-index: var(--ger-z-dropdown);
    max-inline-size: calc(100% - 2 * var(--ger-space-md));
  }

  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  /* A legend sizes to its content like an inline-block: cap it, or Firefox lets a long word
     at 200% text push it past the panel. */
  legend {
    max-inline-size: 100%;
    padding: 0;
    margin-block-end: var(--ger-space-xs);
    font-weight: var(--ger-font-weight-bold);
  }
  p {
    margin-block: 0 var(--ger-space-xs);
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ger-space-xs);
  }
  /* A form control has its own font size (13.33 px): inherit the text's, so 1.25em grows with it. */
  input {
    flex: none;
    font-size: inherit;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--ger-color-brand);
  }
  .option:has(:checked) {
    border-color: var(--ger-color-brand);
    background: var(--ger-color-brand-subtle);
    color: var(--ger-color-on-brand-subtle);
    box-shadow: inset 0 0 0 var(--ger-border-width-thin) var(--ger-color-brand);
  }

  .reset,
  .reset:hover {
    justify-self: start;
    padding-inline: 0;
    border-color: transparent;
    background: transparent;
    color: var(--ger-color-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  /* On a phone, spacing that grows with enlarged text would leave the options' labels a few
     letters wide (at 200% text, 82 px of a 320 px screen): there it stops growing at a share of the
     screen's width. (An em in a media query is the browser's 16 px, whatever the reader's text size.) */
  @media (max-width: 30em) {
    .panel {
      padding: min(var(--ger-space-md), 2vw);
    }
    :host([overlay]) .panel {
      inset-inline-end: min(var(--ger-space-md), 1vw);
      max-inline-size: calc(100% - 2 * min(var(--ger-space-md), 1vw));
    }
    .option {
      gap: min(var(--ger-space-xs), 2vw);
      padding-inline: min(var(--ger-space-sm), 2vw);
    }
    input {
      inline-size: min(1.25em, 8vw);
      block-size: min(1.25em, 8vw);
    }
  }

  @media (forced-colors: active) {
    .option {
      border-color: ButtonText;
    }
    .option:has(:checked) {
      border-color: Highlight;
      box-shadow: inset 0 0 0 var(--ger-border-width-thin) Highlight;
    }
  }
`;
