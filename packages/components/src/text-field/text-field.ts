import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { defineElement } from '../base/ger-element.js';
import { LazyPartController } from '../base/lazy-part.js';
import type { Validator } from '../base/validators.js';
import { GerTextControl } from '../base/text-control.js';
import { fieldStyles } from '../styles/field.styles.js';
import { inputStyles } from '../styles/input.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { textFieldStyles } from './text-field.styles.js';
import { oneOf } from '../utils/one-of.js';

export const TEXT_FIELD_TYPES = ['text', 'email', 'tel', 'number'] as const;
export type TextFieldType = (typeof TEXT_FIELD_TYPES)[number];
export const TEXT_FIELD_WIDTHS = ['2', '4', '10', '20'] as const;
export type TextFieldWidth = (typeof TEXT_FIELD_WIDTHS)[number];

/** `inputmode` and `autocomplete` that suit each type, unless the author sets their own; the autocomplete of e-mail and tel is also the input's type. */
const KEYBOARD: Record<TextFieldType, [string, string]> = {
  text: ['', ''],
  email: ['email', 'email'],
  tel: ['tel', 'tel'],
  number: ['decimal', ''],
};

/**
 * @tagname ger-text-field
 * @summary A single-line text field for text, an e-mail address, a phone number or a number.
 *
 * A number is typed into a text box with a numeric keyboard (`inputmode`), as GOV.UK advises:
 * `<input type="number">` changes the value on scroll and is badly read by screen readers.
 * People may group digits and write a decimal comma ("1 500", "1,500", "12,5"); the form sends the
 * number as a native number field does, digits and a point ("1500", "12.5").
 * With `maxlength` a character count shows; text over the limit is kept and reported as an error.
 * The format checks and the count are loaded with the first field that needs them, a moment
 * after the page; a script reading `validity` right after creating a field awaits `updateComplete`.
 *
 * @csspart base - The field: label, hint, error and input.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart input - The native `<input>`.
 * @csspart count - The character count.
 *
 * @cssprop --ger-field-width - Maximum width of the input (the `width` attribute sets it in characters).
 *
 * @fires input - On every change of the text.
 * @fires change - When the user commits a change: leaves the field after editing, or presses Enter (before the form is sent).
 *
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-surface-sunken - Wells, code blocks, table stripes.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-field-error - Error message text and the bar beside an invalid field: 4.5:1 as text on the page.
 * @cssprop --ger-field-error-bar-width - Bar on the inline-start edge of a field with an error.
 * @cssprop --ger-field-gap - Space between a field's label, hint, error message and control.
 * @cssprop --ger-field-hint - Hint text under a label.
 * @cssprop --ger-field-label-font-weight - Weight of field labels and group legends.
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
export class GerTextField extends GerTextControl {
  static override styles = [...sharedStyles, fieldStyles, inputStyles, textFieldStyles];
  static override properties: PropertyDeclarations = {
    type: { reflect: true },
    width: { reflect: true },
    prefixText: { attribute: 'prefix-text' },
    suffixText: { attribute: 'suffix-text' },
    pattern: {},
    min: { type: Number },
    max: { type: Number },
    inputmode: {},
  };

  /** `text` (default), `email`, `tel` or `number`: sets the keyboard and the check of the value. */
  type: TextFieldType = 'text';

  /** Expected length in characters, as a width: 2, 4, 10 or 20. Full width without it. */
  width?: TextFieldWidth;

  /**
   * Text shown before the input, such as a currency (`₮`) or `+976`. Also say it in the label or
   * hint: it is not read. (Not `prefix`, which every DOM element already has.)
   */
  prefixText = '';

  /** Text shown after the input, such as a unit (`кг`). Also say it in the label or hint: it is not read. */
  suffixText = '';

  /** A regular expression the whole value must match (as the native `pattern`). */
  pattern = '';

  /** Smallest number allowed (`type="number"`). */
  min?: number;

  /** Largest number allowed (`type="number"`). */
  max?: number;

  /** Overrides the keyboard the type chooses (`numeric`, `decimal`, `text`...). */
  inputmode = '';

  protected get kind(): TextFieldType {
    return oneOf(this, 'type', this.type, TEXT_FIELD_TYPES, 'text');
  }

  /**
   * Format checks (e-mail, phone, number, pattern) and their messages load with the first field
   * that needs them: a page of plain text fields never downloads them.
   */
  private readonly formats = new LazyPartController(this, { load: () => import('./format-validators.js'), when: 'request' });

  protected override willUpdate(changed: PropertyValues): void {
    if ((this.kind !== 'text' || this.pattern) && !isServer) void this.formats.load();
    super.willUpdate(changed);
  }

  protected override builtInValidators(): Validator[] {
    return super.builtInValidators().concat(this.formats.module?.formatValidators ?? []);
  }

  /** A number goes to the server as its check read it; the field still shows what was typed. */
  protected override formValue() {
    return this.formats.module?.sentNumber(this) ?? super.formValue();
  }

  override render() {
    const kind = this.kind;
    // The type's autocomplete is also the input's type (e-mail, tel); a number is typed as text.
    const [inputmode, autocomplete] = KEYBOARD[kind];
    // The styles size only the documented widths; any other leaves the field full width, said once.
    oneOf(this, 'width', this.width, TEXT_FIELD_WIDTHS, '' as TextFieldWidth);
    const affix = (text: string) => (text ? html`<span class="affix" aria-hidden="true">${text}</span>` : nothing);
    return this.renderField(
      html`<div class="wrap">${affix(this.prefixText)}<input
          part="input"
          id="control"
          class="input control focusable"
          type=${autocomplete || 'text'}
          .value=${this.value}
          ?disabled=${this.isDisabled}
          ?required=${this.required}
          inputmode=${this.inputmode || inputmode || nothing}
          autocomplete=${this.autocomplete || autocomplete || nothing}
          spellcheck=${kind == 'text' ? nothing : 'false'}
          aria-invalid=${this.showError ? 'true' : nothing}
          aria-describedby=${this.descriptions || nothing}
          @input=${this.handleInput}
          @change=${this.commitTyping}
          @keydown=${this.submitOnEnter}
        />${affix(this.suffixText)}</div>`,
      this.renderCount(),
    );
  }
}

defineElement('ger-text-field', GerTextField);

declare global {
  interface HTMLElementTagNameMap {
    'ger-text-field': GerTextField;
  }
}
