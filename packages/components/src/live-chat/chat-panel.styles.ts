import { css } from 'lit';
import { secondaryActionStyles } from '../styles/action-secondary.styles.js';
import { actionStyles } from '../styles/action.styles.js';

/** Inside the panel: loaded with the panel (chat-panel.ts). Its buttons have Ger's one button look (`action`). */
export const chatPanelStyles = css`
  ${actionStyles}
  ${secondaryActionStyles}
  button,
  input,
  textarea {
    font: inherit;
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ger-space-2xs);
    padding-block: var(--ger-space-xs);
    padding-inline: var(--ger-space-md) var(--ger-space-xs);
    border-block-end: var(--ger-border-width-thin) solid var(--ger-color-border);
  }
  /* The title keeps room for its words: where the buttons beside it would squeeze it (a phone at
     200% text), they go to a line of their own, at the end; a word wider than the screen breaks. */
  h2 {
    flex: 1 1 0;
    min-inline-size: min(100%, 8em);
    overflow-wrap: anywhere;
    margin: 0;
    font-size: var(--ger-font-size-lg);
    line-height: var(--ger-line-height-heading);
  }
  h2 + .icon {
    margin-inline-start: auto;
  }
  .icon {
    display: inline-grid;
    place-items: center;
    min-inline-size: var(--ger-size-target-minimum);
    min-block-size: var(--ger-size-target-minimum);
    padding: 0;
    border: var(--ger-border-width-thin) solid transparent;
    border-radius: var(--ger-radius-md);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .icon:hover {
    background: var(--ger-color-neutral-subtle);
  }

  p {
    margin: 0;
  }
  .status,
  .offline,
  .prechat,
  .composer {
    padding-inline: var(--ger-space-md);
  }
  .end-chat {
    padding-inline: var(--ger-space-md);
    padding-block-end: var(--ger-space-sm);
  }
  .status {
    padding-block: var(--ger-space-xs);
    background: var(--ger-color-info-subtle);
    color: var(--ger-color-on-info-subtle);
    font-size: var(--ger-font-size-sm);
  }
  .offline .action {
    justify-self: start;
  }
  /* One column that may be narrower than its longest word, which then breaks: at 200% text on
     a phone a word can be wider than the panel. */
  .offline,
  .message,
  .composer,
  .prechat {
    grid-template-columns: minmax(0, 1fr);
  }
  .offline {
    display: grid;
    gap: var(--ger-space-2xs);
    padding-block: var(--ger-space-xs);
    font-size: var(--ger-font-size-sm);
    border-block-start: var(--ger-border-width-thin) solid var(--ger-color-border);
  }
  .reference {
    font-weight: var(--ger-font-weight-bold);
  }

  .log {
    flex: 1;
    min-block-size: 6rem;
    overflow: auto;
    padding: var(--ger-space-md);
  }
  ol {
    display: flex;
    flex-direction: column;
    gap: var(--ger-space-sm);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .message {
    display: grid;
    gap: var(--ger-space-3xs);
    max-inline-size: 85%;
    padding-block: var(--ger-space-xs);
    padding-inline: var(--ger-space-sm);
    border: var(--ger-border-width-thin) solid transparent;
    border-radius: var(--ger-chat-radius);
    background: var(--ger-chat-incoming-background);
    color: var(--ger-chat-incoming-foreground);
  }
  .own {
    align-self: flex-end;
    background: var(--ger-chat-own-background);
    color: var(--ger-chat-own-foreground);
  }
  .sender,
  .meta {
    font-size: var(--ger-font-size-sm);
  }
  .sender {
    font-weight: var(--ger-font-weight-bold);
  }
  .text {
    white-space: pre-wrap;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ger-space-2xs) var(--ger-space-xs);
  }
  .failed {
    font-weight: var(--ger-font-weight-bold);
  }
  .services {
    margin: 0;
    padding-inline-start: var(--ger-space-md);
  }
  a {
    color: inherit;
  }
  .empty,
  .muted,
  .hint {
    color: var(--ger-color-text-muted);
    font-size: var(--ger-font-size-sm);
  }
  .typing {
    padding-inline: var(--ger-space-md);
    color: var(--ger-color-text-muted);
    font-size: var(--ger-font-size-sm);
    font-style: italic;
  }

  .composer,
  .prechat {
    display: grid;
    gap: var(--ger-space-2xs);
    padding-block: var(--ger-space-sm);
    border-block-start: var(--ger-border-width-thin) solid var(--ger-color-border);
  }
  label {
    font-weight: var(--ger-font-weight-medium);
  }
  textarea,
  input {
    inline-size: 100%;
    min-block-size: var(--ger-input-min-size);
    padding-block: var(--ger-space-2xs);
    padding-inline: var(--ger-space-xs);
    border: var(--ger-input-border-width) solid var(--ger-input-border);
    border-radius: var(--ger-input-radius);
    background: var(--ger-input-background);
    color: var(--ger-input-foreground);
    resize: block;
  }
  textarea[aria-invalid='true'] {
    border-color: var(--ger-input-border-invalid);
  }
  .error {
    color: var(--ger-color-danger);
    font-weight: var(--ger-font-weight-bold);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--ger-space-xs);
  }
  /* The Attach label is drawn as a button too; a long word breaks rather than leave the panel at 200% text. */
  .action {
    display: inline-flex;
    align-items: center;
    overflow-wrap: anywhere;
  }
  .file-button:focus-within {
    outline: var(--ger-focus-ring-width) solid var(--ger-color-focus-ring);
    outline-offset: var(--ger-focus-ring-offset);
  }
  .link {
    min-block-size: var(--ger-size-target-floor);
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  @media (forced-colors: active) {
    .message {
      border-color: CanvasText;
    }
  }
`;
