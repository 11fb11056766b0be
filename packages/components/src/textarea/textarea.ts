import { html, nothing, type PropertyDeclarations } from 'lit';
import { defineElement } from '../base/ger-element.js';
import { GerTextControl } from '../base/text-control.js';
import { fieldStyles } from '../styles/field.styles.js';
import { inputStyles } from '../styles/input.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { textareaStyles } from './textarea.styles.js';
import { wholeNumber } from '../utils/number.js';

/**
 * @tagname ger-textarea
 * @summary A multi-line text box for longer answers, with an optional character count.
 *
 * With `maxlength` the count shows under the box and is read out once typing pauses; text over
 * the limit is kept (never cut off) and reported as an error, as GOV.UK's character count does.
 *
 * @csspart base - The field: label, hint, error and text box.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart textarea - The native `<textarea>`.
 * @csspart count - The character count.
 *
 * @fires input - On every change of the text.
 * @fires change - When the user commits a change (leaves the box after editing).
 *
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-field-error - Error message text and the bar beside an invalid field: 4.5:1 as text on the page.
 * @cssprop --ger-field-error-bar-width - Bar on the inline-start edge of a field with an error.
 * @cssprop --ger-field-gap - Space between a field's label, hint, error message and control.
 * @cssprop --ger-field-hint - Hint text under a label.
 * @cssprop --ger-field-label-font-weight - Weight of field labels and group legends.
 * @cssprop --ger-field-width - Maximum width of the input (the `width` attribute sets it in characters).
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-font-weight-regular - Body text.
 * @cssprop --ger-input-background - Field background.
 * @cssprop --ger-input-border - Field border (3:1).
 * @cssprop --ger-input-border-invalid - Field border when invalid; always paired with an error message.
 * @cssprop --ger-input-border-width - Field border width.
 * @cssprop --ger-input-foreground - Typed text.
 * @cssprop --ger-input-min-size - Minimum block size of a field: the 44 px target.
 * @cssprop --ger-input-radius - Field corner radius.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-line-height-heading - Headings; leaves room for Cyrillic diacritics (Й, Ё) when lines wrap.
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 * @cssstate user-invalid - The value is wrong and the user has changed it or tried to submit: the error shows.
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerTextarea extends GerTextControl {
  static override styles = [...sharedStyles, fieldStyles, inputStyles, textareaStyles];
  static override properties: PropertyDeclarations = {
    rows: { type: Number },
  };

  /** Visible height in lines; the user can make the box taller. */
  rows = 5;

  override render() {
    return this.renderField(
      html`<textarea
        part="textarea"
        id="control"
        class="input control focusable"
        rows=${wholeNumber(this, 'rows', this.rows, 1, 5)}
        .value=${this.value}
        ?disabled=${this.isDisabled}
        ?required=${this.required}
        autocomplete=${this.autocomplete || nothing}
        aria-invalid=${this.showError ? 'true' : nothing}
        aria-describedby=${this.descriptions || nothing}
        @input=${this.handleInput}
        @change=${this.commitTyping}
      ></textarea>`,
      this.renderCount(),
    );
  }
}

defineElement('ger-textarea', GerTextarea);

declare global {
  interface HTMLElementTagNameMap {
    'ger-textarea': GerTextarea;
  }
}
