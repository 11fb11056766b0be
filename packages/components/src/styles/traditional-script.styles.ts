import { css } from 'lit';

/**
 * Text in the traditional Mongol script inside a shadow root (a language's own name, an agency's
 * name), where ger.css's `:lang(mn-Mong)` rule does not reach: set vertically in the script's own
 * font, its cursive letters never spaced (the same tokens as ger.css).
 */
export const traditionalScriptStyles = css`
  [lang|='mn-Mong' i] {
    --ger-font-family-sans: var(--ger-font-family-mongolian);
    --ger-letter-spacing-body: var(--ger-letter-spacing-mongolian);
    writing-mode: vertical-lr;
    font-family: var(--ger-font-family-sans);
  }
`;
