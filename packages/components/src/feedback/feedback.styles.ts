import { css } from 'lit';

export const feedbackStyles = css`
  :host {
    display: block;
    max-inline-size: 100%;
  }
  form,
  .thanks {
    padding: var(--ger-space-md);
    border: var(--ger-border-width-thin) solid var(--ger-color-border);
    border-radius: var(--ger-radius-md);
    background: var(--ger-color-surface-raised);
  }
  p {
    margin-block: 0;
  }
  .question {
    margin-block-end: var(--ger-space-sm);
    font-size: var(--ger-font-size-lg);
    font-weight: var(--ger-font-weight-bold);
    line-height: var(--ger-line-height-heading);
  }
  .answers,
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ger-space-xs);
  }
  /* Answers and ratings are outlined controls (control.styles.ts), with a thicker border and more
     room, as they are the whole of the question. */
  .answer,
  .option {
    min-inline-size: var(--ger-size-target-minimum);
    padding-inline: var(--ger-space-md);
    border-width: var(--ger-border-width-thick);
  }
  .answer {
    justify-content: center;
    font-weight: var(--ger-font-weight-bold);
  }
  .answer[aria-pressed='true'],
  .option:has(:checked) {
    border-color: var(--ger-color-brand);
    background: var(--ger-color-brand-subtle);
    color: var(--ger-color-on-brand-subtle);
  }
  .answer[aria-pressed='true']::before {
    content: '';
    box-sizing: border-box;
    inline-size: 0.35em;
    block-size: 0.7em;
    margin-block-start: -0.2em;
    border-block-end: var(--ger-border-width-thick) solid currentColor;
    border-inline-end: var(--ger-border-width-thick) solid currentColor;
    transform: rotate(45deg);
  }
  fieldset {
    min-inline-size: 0;
    margin: var(--ger-space-md) 0;
    padding: 0;
    border: 0;
  }
  legend {
    max-inline-size: 100%;
    margin-block-end: var(--ger-space-xs);
    padding: 0;
  }
  input {
    flex: none;
    inline-size: 1.125em;
    block-size: 1.125em;
    margin: 0;
  }
  textarea {
    display: block;
    inline-size: 100%;
    margin-block-end: var(--ger-space-md);
    padding-block: var(--ger-space-xs);
    resize: vertical;
  }
  .status {
    margin-block-start: var(--ger-space-xs);
  }
  .thanks {
    font-weight: var(--ger-font-weight-bold);
    outline: none;
  }
  .thanks:focus-visible {
    outline: var(--ger-focus-ring-width) solid var(--ger-color-focus-ring);
    outline-offset: var(--ger-focus-ring-offset);
  }
  @media (forced-colors: active) {
    .answer[aria-pressed='true'],
    .option:has(:checked) {
      border-color: Highlight;
    }
  }
`;
