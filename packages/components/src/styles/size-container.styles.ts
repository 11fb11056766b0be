import { css } from 'lit';

/**
 * A host that is a size container: its layout follows its own inline size (`@container`), as a
 * pagination's or a panel's does. Set vertically (the traditional script) in a horizontal page,
 * such a host would measure its column as empty and squeeze its text to a letter a line; it asks
 * for a comfortable line's length instead. Only the hosts that are size containers take this sheet.
 */
export const sizeContainerStyles = css`
  :host {
    container-type: inline-size;
  }
  :host(:lang(mn-Mong)) {
    contain-intrinsic-inline-size: var(--ger-size-measure);
  }
`;
