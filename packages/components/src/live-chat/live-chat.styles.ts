import { css } from 'lit';

/**
 * Phones: where the open panel takes the whole screen, and so is modal (chat-panel.ts). The same
 * query is written out in the styles below: a value put into the css tag would leave them unminified.
 */
export const PHONE_MEDIA = '(max-width: 30rem)';

/** The launcher and the panel's box: what every page with the chat needs at once. */
export const liveChatStyles = css`
  /* The host is the floating box (every host is a box): an author or a test tool can measure,
     scroll to and click it. The launcher sits at its block end, the open panel above it. */
  :host {
    --ger-chat-gap: var(--ger-space-md);
    position: fixed;
    inset-block-end: var(--ger-chat-gap);
    inset-inline-end: var(--ger-chat-gap);
    z-index: var(--ger-z-overlay);
    display: flex;
    flex-direction: column-reverse;
    align-items: flex-end;
    gap: var(--ger-chat-gap);
    color: var(--ger-color-text);
  }
  /* The launcher would hide what has focus: the whole box moves to the opposite corner, the
     panel opening below the launcher. */
  :host(:state(shifted)) {
    inset-block: var(--ger-chat-gap) auto;
    inset-inline: var(--ger-chat-gap) auto;
    flex-direction: column;
    align-items: flex-start;
  }

  .launcher {
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
    display: grid;
    gap: var(--ger-space-sm);
    block-size: auto;
    padding: var(--ger-space-md);
  }
  .loading p {
    margin: 0;
  }
  /* Phones: the open panel takes the whole screen, above the launcher and the page's dialogs. */
  @media (max-width: 30rem) {
    :host([open]) {
      z-index: var(--ger-z-modal);
    }
    .panel:not(.loading) {
      position: fixed;
      inset: 0;
      inline-size: 100%;
      block-size: 100%;
      border-radius: 0;
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
