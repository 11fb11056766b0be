import { css } from 'lit';

/**
 * The outlined, target-sized control a component draws in a toolbar or panel (the night-mode
 * switch, the menu button, the display-settings toggle and options): class `control`.
 */
export const controlStyles = css`
  .control {
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
    cursor: pointer;
  }
  .control:hover {
    background: var(--ger-color-surface-sunken);
  }
`;
