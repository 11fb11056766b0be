import { css } from 'lit';

export const formStepsStyles = css`
  :host {
    display: block;
    color: var(--ger-color-text);
  }

  /* The steps, numbered; the current one bold and underlined (not by colour alone). */
  .progress {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ger-space-2xs) var(--ger-space-md);
    margin-block: 0 var(--ger-space-lg);
    padding: 0;
    list-style: none;
    color: var(--ger-color-text-muted);
    font-size: var(--ger-font-size-sm);
  }
  [aria-current] {
    color: var(--ger-color-text);
    font-weight: var(--ger-font-weight-bold);
    text-decoration: underline var(--ger-border-width-thick) var(--ger-field-selected);
    text-underline-offset: 0.3em;
  }

  .heading {
    margin-block: 0 var(--ger-space-lg);
    font-size: var(--ger-font-size-xl);
    font-weight: var(--ger-font-weight-bold);
    line-height: var(--ger-line-height-heading);
  }
  .heading:focus-visible {
    outline: var(--ger-focus-ring-width) solid var(--ger-color-focus-ring);
  }
  .caption {
    display: block;
    color: var(--ger-color-text-muted);
    font-size: var(--ger-font-size-md);
  }
  /* The colon is read ("Алхам 1/4: Хувийн мэдээлэл"), not shown. Not visually-hidden: taken out of
     the flow, Chromium reads a space before it. */
  .colon {
    opacity: 0;
  }
  .caption,
  .optional {
    font-weight: var(--ger-font-weight-regular);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ger-space-sm);
    margin-block-start: var(--ger-space-lg);
  }
  /* "Ачаалж байна" while a move waits (a slow link): beside the buttons, on their line. */
  .busy {
    align-self: center;
  }
`;
