import { css } from 'lit';

export const requestLookupStyles = css`
  :host {
    display: block;
    max-inline-size: 100%;
  }
  /* The message sits in a live region that is always there, so the field's gap goes to the region. */
  .error {
    margin-block-start: 0;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ger-space-xs);
  }
  .input {
    flex: 0 1 18em;
    min-inline-size: 0;
    font-family: var(--ger-font-family-mono);
    text-transform: uppercase;
  }
  /* In the traditional script every text takes the script's font stack, the number too: its Latin
     letters and digits come from the stack's later faces and run down the column like the rest. */
  :host(:lang(mn-Mong)) .input {
    font-family: var(--ger-font-family-sans);
  }
`;
