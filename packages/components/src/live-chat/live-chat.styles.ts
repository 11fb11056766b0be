import { css } from 'lit';

/** The launcher and the panel's box: what every page with the chat needs at once. */
export const liveChatStyles = css`
  :host {
    --ger-chat-gap: var(--ger-space-md);
    color: var(--ger-color-text);
  }

  .launcher {
    position: fixed;
    inset-block-end: var(--ger-chat-gap);
    inset-inline-end: var(--ger-chat-gap);
    z-index: var(--ger-z-overlay);
    display: inline-flex;
    align-items: center;
    gap: var(--ger-space-xs);
    min-block-size: var(--ger-size-target-minimum);
    padding-block: var(--ger-space-xs);
    padding-inline: var(--ger-space-md);
    border: var(--ger-border-width-thin) solid transparent;
    border-radius: var(--ger-radius-pill);
    background: var(--ger-color-brand);
    color: var(--ger-color-on-brand);
    box-shadow: var(--ger-shadow-md);
    font: inherit;
    font-weight: var(--ger-font-weight-bold);
    cursor: pointer;
  }
  .launcher:hover {
    background: var(--ger-color-brand-hover);
  }
  .launcher.shifted {
    inset-inline-end: auto;
    inset-inline-start: var(--ger-chat-gap);
  }
  svg {
    inline-size: 1.5em;
    block-size: 1.5em;
    flex: none;
  }
  .badge {
    min-inline-size: 1.5em;
    padding-inline: var(--ger-space-2xs);
    border-radius: var(--ger-radius-pill);
    background: var(--ger-color-surface);
    color: var(--ger-color-text);
    text-align: center;
  }

  .panel {
    position: fixed;
    inset-block-end: calc(var(--ger-chat-gap) * 2 + var(--ger-size-target-minimum));
    inset-inline-end: var(--ger-chat-gap);
    z-index: var(--ger-z-overlay);
    display: flex;
    flex-direction: column;
    inline-size: min(var(--ger-chat-panel-inline-size), calc(100vw - var(--ger-chat-gap) * 2));
    block-size: min(var(--ger-chat-panel-block-size), calc(100dvh - var(--ger-chat-gap) * 3 - var(--ger-size-target-minimum)));
    border: var(--ger-border-width-thin) solid var(--ger-color-border);
    border-radius: var(--ger-chat-radius);
    background: var(--ger-color-surface-raised);
    box-shadow: var(--ger-shadow-lg);
    /* Large text on a short screen: the whole panel scrolls rather than spill over the page. */
    overflow: auto;
  }
  .panel[hidden] {
    display: none;
  }
  .loading {
    padding: var(--ger-space-md);
  }
  /* Phones: the panel takes the whole screen, above the launcher. */
  @media (max-width: 30rem) {
    .panel {
      inset: 0;
      inline-size: 100%;
      block-size: 100%;
      border-radius: 0;
      z-index: var(--ger-z-modal);
    }
  }

  @media (forced-colors: active) {
    .launcher,
    .badge,
    .panel {
      border-color: ButtonText;
    }
  }
`;
