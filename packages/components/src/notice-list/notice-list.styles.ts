import { css } from 'lit';

export const noticeListStyles = css`
  :host {
    display: block;
  }
  fieldset {
    min-inline-size: 0;
    margin: 0 0 var(--ger-space-sm);
    padding: 0;
    border: 0;
  }
  legend {
    max-inline-size: 100%;
    margin-block-end: var(--ger-space-xs);
    padding: 0;
    font-weight: var(--ger-font-weight-bold);
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ger-space-xs);
  }
  /* Plain radio buttons, each a full-size target: the radio itself shows the choice, in every theme and in forced colours. */
  .option {
    display: inline-flex;
    align-items: center;
    gap: var(--ger-space-xs);
    max-inline-size: 100%;
    min-block-size: var(--ger-size-target-minimum);
    padding-inline-end: var(--ger-space-sm);
  }
  .option:has(:checked) {
    font-weight: var(--ger-font-weight-bold);
  }
  .count {
    margin-block: 0 var(--ger-space-sm);
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .notice {
    padding-block: var(--ger-space-md);
    border-block-start: var(--ger-border-width-thin) solid var(--ger-color-border);
  }
  .title {
    font-size: var(--ger-font-size-lg);
    font-weight: var(--ger-font-weight-bold);
    line-height: var(--ger-line-height-heading);
  }
  a {
    color: var(--ger-color-link);
  }
  .new {
    margin-inline-end: var(--ger-space-xs);
    padding-inline: var(--ger-space-xs);
    border: var(--ger-border-width-thin) solid var(--ger-color-info);
    background: var(--ger-color-info-subtle);
    color: var(--ger-color-on-info-subtle);
    font-size: var(--ger-font-size-sm);
  }
  /* Inline, so each part wraps like text, however long. */
  .meta {
    margin-block: var(--ger-space-2xs) 0;
    color: var(--ger-color-text-muted);
    font-size: var(--ger-font-size-sm);
  }
  .meta > * {
    margin-inline-end: var(--ger-space-sm);
  }
  .summary {
    margin-block: var(--ger-space-xs) 0;
    max-inline-size: var(--ger-size-measure);
  }
  /* Forced colours: the system colours links and borders itself, and the radios show the choice. */
`;
