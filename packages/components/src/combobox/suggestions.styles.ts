import { css } from 'lit';

/** The open list: loaded with the suggestions part, after the field's own styles. */
export const suggestionStyles = css`
  /* In the text box's grid cell, at its end: as tall as the text box, whatever the list does. */
  .toggle {
    grid-area: 1 / 1;
    justify-self: end;
    inline-size: var(--ger-input-min-size);
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--ger-input-foreground);
    font: inherit;
    cursor: pointer;
  }
  /* The chevron (chevron.styles.ts), in the middle of the button. */
  .toggle::after {
    display: block;
    margin: auto;
  }
  .toggle:disabled {
    cursor: not-allowed;
  }

  .popup {
    max-block-size: min(20em, 60vh);
    overflow: auto;
    margin-block-start: var(--ger-space-2xs);
    border: var(--ger-input-border-width) solid var(--ger-input-border);
    border-radius: var(--ger-input-radius);
    background: var(--ger-color-surface-raised);
    box-shadow: var(--ger-shadow-md);
  }
  :host(:lang(mn-Mong)) .popup {
    max-block-size: min(20em, 60vw);
  }
  [role='listbox'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [role='option'] {
    min-block-size: var(--ger-input-min-size);
    padding-block: var(--ger-space-2xs);
    padding-inline: var(--ger-space-xs);
    color: var(--ger-color-text);
    cursor: pointer;
    display: flex;
    align-items: center;
  }
  [role='option']:hover {
    background: var(--ger-color-brand-subtle);
    color: var(--ger-color-on-brand-subtle);
  }
  [role='option'][aria-selected='true'] {
    background: var(--ger-color-brand);
    color: var(--ger-color-on-brand);
  }
  [role='option'][aria-disabled='true'] {
    color: var(--ger-color-text-muted);
    cursor: not-allowed;
  }
  .status {
    margin: 0;
    color: var(--ger-color-text-muted);
    padding-block: var(--ger-space-2xs);
    padding-inline: var(--ger-space-xs);
    border-block-start: var(--ger-border-width-thin) solid var(--ger-color-border);
  }

  @media (forced-colors: active) {
    .toggle {
      color: ButtonText;
    }
    [role='option'][aria-selected='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
`;
