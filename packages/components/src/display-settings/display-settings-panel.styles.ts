import { css } from 'lit';

/** The panel's styles: they load with the panel (see `LazyPartController`). */
export const displaySettingsPanelStyles = css`
  /* Spacing grows with the text, but on a phone at 200% text that would leave the options' labels
     a few letters wide: the panel's own spacing stops growing at a share of the screen's width. */
  .panel {
    --ger-display-settings-inset: min(var(--ger-space-md), 1vw);
    display: grid;
    gap: var(--ger-space-md);
    margin-block-start: var(--ger-space-xs);
    padding: min(var(--ger-space-md), 2vw);
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
    inset-inline-end: var(--ger-display-settings-inset);
    z-index: var(--ger-z-dropdown);
    max-inline-size: calc(100% - 2 * var(--ger-display-settings-inset));
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
  /* A form control has its own font size (13.33 px): inherit the text's, so 1.25em grows with it
     (up to a share of a phone's width, where the label needs the room). */
  input {
    flex: none;
    font-size: inherit;
    inline-size: min(1.25em, 8vw);
    block-size: min(1.25em, 8vw);
    margin: 0;
    accent-color: var(--ger-color-brand);
  }
  .option {
    gap: min(var(--ger-space-xs), 2vw);
    padding-inline: min(var(--ger-space-sm), 2vw);
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
