import { css } from 'lit';

/** A checkbox or radio button beside its label; the whole row is a 44 px target. */
export const choiceStyles = css`
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--ger-space-sm);
    min-block-size: var(--ger-size-target-minimum);
  }
  .choice input {
    flex: none;
    inline-size: var(--ger-field-choice-size);
    block-size: var(--ger-field-choice-size);
    margin: calc((var(--ger-size-target-minimum) - var(--ger-field-choice-size)) / 2) 0 0;
    accent-color: var(--ger-field-selected);
    cursor: pointer;
  }
  /* It may shrink below its longest word, so a long word wraps on a phone at 200% text. */
  .choice label {
    flex: 1;
    min-inline-size: 0;
    padding-block: var(--ger-space-xs);
    cursor: pointer;
  }
  .choice input:disabled,
  .choice input:disabled + label {
    cursor: not-allowed;
    opacity: 0.6;
  }
`;
