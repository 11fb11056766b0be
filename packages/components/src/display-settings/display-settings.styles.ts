import { css } from 'lit';

/** The button's styles: what every page with display settings needs at once (the panel's load with it). */
export const displaySettingsStyles = css`
  :host {
    display: block;
    max-inline-size: 100%;
  }

  /* The toggle, each option and the reset link are controls (styles/control.styles.ts). */
  .control {
    text-align: start;
  }
  /* The icon, the words and the chevron flow as text, not flex items: where they do not fit on one
     line (320 px with 200% text) the label wraps between its words, and the chevron goes with
     the last, rather than the icons squeeze the label until its words break ("Дэлгэ / цийн"). */
  .toggle {
    display: inline-block;
    font-weight: var(--ger-font-weight-bold);
  }
  svg {
    inline-size: 1.25em;
    block-size: 1.25em;
    vertical-align: middle;
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  /* Vertical-lr is horizontal-tb with x and y swapped: the same swap points the chevron to the block end, where the panel opens. */
  :host(:lang(mn-Mong)) .chevron {
    transform: matrix(0, 1, 1, 0, 0, 0);
  }
  :host(:lang(mn-Mong)) [aria-expanded='true'] .chevron {
    transform: rotate(180deg) matrix(0, 1, 1, 0, 0, 0);
  }

  @media (forced-colors: active) {
    .toggle {
      border-color: ButtonText;
    }
  }
`;
