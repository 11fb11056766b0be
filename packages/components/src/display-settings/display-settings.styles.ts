import { css } from 'lit';

export const displaySettingsStyles = css`
  :host {
    display: block;
    max-inline-size: 100%;
  }

  .toggle {
    display: inline-flex;
    align-items: center;
    gap: var(--ger-space-xs);
    min-block-size: var(--ger-size-target-minimum);
    max-inline-size: 100%;
    padding-block: var(--ger-space-2xs);
    padding-inline: var(--ger-space-sm);
    border: var(--ger-border-width-thin) solid var(--ger-color-border-control);
    border-radius: var(--ger-radius-md);
    background: var(--ger-color-surface);
    color: var(--ger-color-text);
    font: inherit;
    font-weight: var(--ger-font-weight-bold);
    letter-spacing: inherit;
    word-spacing: inherit;
    text-align: start;
    cursor: pointer;
  }
  .toggle:hover {
    background: var(--ger-color-surface-sunken);
  }
  .icon,
  .chevron {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  .chevron {
    transition: transform var(--ger-duration-fast) var(--ger-easing-standard);
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }

  .panel {
    display: grid;
    gap: var(--ger-space-md);
    margin-block-start: var(--ger-space-xs);
    padding: var(--ger-space-md);
    border: var(--ger-border-width-thin) solid var(--ger-color-border);
    border-radius: var(--ger-radius-md);
    background: var(--ger-color-surface-raised);
    color: var(--ger-color-text);
    box-shadow: var(--ger-shadow-md);
  }
  .panel[hidden] {
    display: none;
  }

  .group {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--ger-space-xs);
    font-weight: var(--ger-font-weight-bold);
  }
  .note {
    margin-block: 0 var(--ger-space-xs);
    color: var(--ger-color-text-muted);
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ger-space-xs);
  }
  .option {
    display: inline-flex;
    align-items: center;
    gap: var(--ger-space-xs);
    min-block-size: var(--ger-size-target-minimum);
    max-inline-size: 100%;
    padding-block: var(--ger-space-2xs);
    padding-inline: var(--ger-space-sm);
    border: var(--ger-border-width-thin) solid var(--ger-color-border-control);
    border-radius: var(--ger-radius-md);
    background: var(--ger-color-surface);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--ger-color-brand);
    background: var(--ger-color-brand-subtle);
    color: var(--ger-color-on-brand-subtle);
    box-shadow: inset 0 0 0 var(--ger-border-width-thin) var(--ger-color-brand);
  }
  input {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--ger-color-brand);
  }
  input:focus-visible {
    outline: var(--ger-focus-ring-width) solid var(--ger-color-focus-ring);
    outline-offset: var(--ger-focus-ring-offset);
  }
  .now {
    color: inherit;
    font-weight: var(--ger-font-weight-regular);
  }

  .reset {
    justify-self: start;
    min-block-size: var(--ger-size-target-minimum);
    max-inline-size: 100%;
    padding-block: var(--ger-space-2xs);
    padding-inline: 0;
    border: 0;
    background: transparent;
    color: var(--ger-color-link);
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .reset:hover {
    color: var(--ger-color-link-hover);
  }

  @media (forced-colors: active) {
    .toggle,
    .option {
      border-color: ButtonText;
    }
    .option:has(input:checked) {
      border-color: Highlight;
      box-shadow: inset 0 0 0 var(--ger-border-width-thin) Highlight;
    }
  }
`;
