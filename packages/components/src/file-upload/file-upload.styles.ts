import { css } from 'lit';

/** The drop zone; the chosen file's row comes with the part that renders it (`fileRowStyles`). */
export const fileUploadStyles = css`
  .drop {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ger-space-sm);
    padding: var(--ger-space-md);
    border: var(--ger-border-width-thick) dashed var(--ger-color-border-control);
    border-radius: var(--ger-radius-md);
    background: var(--ger-field-drop-zone);
  }
  /* Solid while a file is dragged over it: the change shows in forced colours too. */
  .drop.dragging {
    border-style: solid;
    border-color: var(--ger-field-selected);
  }
  .invalid .drop {
    border-color: var(--ger-input-border-invalid);
  }
`;
