import { css } from 'lit';

export const passwordInputStyles = css`
  /* Input and button side by side; on a narrow screen or at large text the button goes under. */
  .wrap {
    display: flex;
    flex-wrap: wrap;
    align-items: stretch;
    gap: var(--ger-space-xs);
    max-inline-size: var(--ger-field-width, 100%);
  }
  .input {
    flex: 1 1 12em;
    min-inline-size: 0;
  }
  .toggle {
    flex: none;
  }
  /* Pressed: the password shows. Drawn, not only said, as the button's words stay the same. */
  .toggle[aria-pressed='true'] {
    box-shadow: inset 0 0 0 var(--ger-border-width-thin) currentColor;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  @media (forced-colors: active) {
    .toggle[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
