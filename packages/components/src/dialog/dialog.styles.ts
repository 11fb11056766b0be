import { css } from 'lit';

export const dialogStyles = css`
  /* The host stays in the page; the dialog itself is drawn in the top layer when modal. */
  :host {
    display: block;
    color: var(--ger-color-text);
  }

  .dialog {
    inline-size: min(var(--ger-dialog-inline-size, 36rem), calc(100vi - 2 * var(--ger-space-md)));
    max-inline-size: none;
    max-block-size: calc(100dvb - 2 * var(--ger-space-md));
    margin: auto;
    padding: 0;
    border: var(--ger-border-width-thin) solid var(--ger-color-border);
    border-radius: var(--ger-radius-md);
    background: var(--ger-color-surface-raised);
    color: var(--ger-color-text);
    box-shadow: var(--ger-shadow-lg);
    /* The fallback for very large text on a small screen, where the body keeps room to read
       (its min-block-size): then the whole dialog scrolls. */
    overflow: auto;
  }
  /* Otherwise heading and actions stay in view, and only the body between them scrolls. */
  .dialog[open] {
    display: flex;
    flex-direction: column;
  }
  .dialog::backdrop {
    background: color-mix(in srgb, var(--ger-color-neutral) 75%, transparent);
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--ger-space-xs) var(--ger-space-md);
    padding-block: var(--ger-space-md) var(--ger-space-sm);
    padding-inline: var(--ger-space-md);
    border-block-end: var(--ger-border-width-thin) solid var(--ger-color-border);
  }
  .heading {
    flex: 1 1 12em;
    min-inline-size: 0;
    margin: 0;
    font-size: var(--ger-font-size-xl);
    font-weight: var(--ger-font-weight-bold);
    line-height: var(--ger-line-height-heading);
  }
  .close {
    display: inline-flex;
    flex: none;
    align-items: center;
    gap: var(--ger-space-2xs);
    min-block-size: var(--ger-size-target-minimum);
    min-inline-size: var(--ger-size-target-minimum);
    margin-inline-start: auto;
    padding-inline: var(--ger-space-xs);
    border: var(--ger-border-width-thin) solid transparent;
    border-radius: var(--ger-radius-md);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .close:hover {
    background: var(--ger-color-neutral-subtle);
    color: var(--ger-color-on-neutral-subtle);
  }
  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  /* Set vertically (traditional Mongol script) the dialog's lines run down the screen, whatever way the
     page runs: the screen's height bounds its inline size, the width its block size. (:where keeps the
     phone rule below the stronger one.) */
  .dialog:where(:lang(mn-Mong)) {
    inline-size: min(var(--ger-dialog-inline-size, 36rem), calc(100dvh - 2 * var(--ger-space-md)));
    max-block-size: calc(100dvw - 2 * var(--ger-space-md));
  }

  .body {
    flex: 1 1 auto;
    min-block-size: min(10em, 50dvb);
    overflow: auto;
    padding: var(--ger-space-md);
  }
  /* The ring of a focused scrolling body is drawn inside it, where the dialog's edge cannot cut it. */
  .body:focus-visible {
    outline-offset: calc(-1 * var(--ger-focus-ring-width));
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ger-space-sm);
    padding: var(--ger-space-md);
    border-block-start: var(--ger-border-width-thin) solid var(--ger-color-border);
  }

  /* Phones: the dialog takes the whole screen, so nothing of it is out of reach. */
  @media (max-width: 36rem) {
    .dialog {
      inline-size: 100%;
      block-size: 100%;
      max-block-size: 100%;
      margin: 0;
      border: 0;
      border-radius: 0;
    }
    /* Large text on a phone: the heading leaves room for the content. */
    .heading {
      font-size: var(--ger-font-size-lg);
    }
  }

  @media (forced-colors: active) {
    .dialog {
      border: var(--ger-border-width-thin) solid CanvasText;
    }
    .close {
      border-color: ButtonText;
    }
  }
`;
