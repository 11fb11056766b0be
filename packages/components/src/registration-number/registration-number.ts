import { html, nothing, type PropertyValues } from 'lit';
import { defineElement } from '../base/ger-element.js';
import { LazyPartController } from '../base/lazy-part.js';
import type { Validator } from '../base/validators.js';
import { GerTextControl } from '../base/text-control.js';
import { fieldStyles } from '../styles/field.styles.js';
import { inputStyles } from '../styles/input.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { registrationNumberStyles } from './registration-number.styles.js';

/**
 * @tagname ger-registration-number
 * @summary The Mongolian civil registration number (регистрийн дугаар): two Cyrillic letters and eight digits.
 *
 * Latin letters are turned into Cyrillic as they are typed (`ub` becomes `УБ`, `sh` becomes
 * `Ш`; the mapping is `LATIN_TO_CYRILLIC` and `DIGRAPHS` in rules.ts), letters are upper-cased and
 * spaces dropped, so people without a Cyrillic keyboard can type it. It checks the form (two
 * letters, eight digits), that the letters are Mongolian Cyrillic, and that digits 1-6 are a
 * real date of birth, `YYMMDD`, with 20 added to the month for people born from 2000. The last
 * two digits are not checked: their rule is not public. The rules load with the field (in a
 * module of their own), before anyone can type in it.
 *
 * @csspart base - The field: label, hint, error and input.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart input - The native `<input>`.
 *
 * @fires input - On every change of the text.
 * @fires change - When the user commits a change: leaves the field after editing, or presses Enter (before the form is sent).
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
export class GerRegistrationNumber extends GerTextControl {
  static override styles = [...sharedStyles, fieldStyles, inputStyles, registrationNumberStyles];

  /** The rules, the validator and their messages load with the field, before anyone can type in it. */
  private readonly rules = new LazyPartController(this, {
    load: () => import('./registration-validator.js'),
    // What was set before the rules arrived is converted now.
    loaded: () => this.requestUpdate('value'),
  });

  /** The date of birth the number holds (`YYYY-MM-DD`), once the number is valid. */
  get birthDate(): string | undefined {
    return this.validate() ? undefined : this.rules.module?.birthDateOf(this.value);
  }

  private convert(text: string): string {
    const rules = this.rules.module;
    return rules ? rules.toRegistrationNumber(text) : text;
  }

  /** A number set in code is converted too, so the form never sends Latin letters. */
  protected override formValue(): string {
    return this.convert(this.value);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('value')) this.value = this.convert(this.value);
    super.willUpdate(changed);
  }

  protected override builtInValidators(): Validator[] {
    return super.builtInValidators().concat(this.rules.module?.registrationNumberValidator ?? []);
  }

  /** Converts as the user types, keeping the caret where it was. */
  protected override accept(input: HTMLInputElement): void {
    const converted = this.convert(input.value);
    if (converted !== input.value) {
      const caret = this.convert(input.value.slice(0, input.selectionStart ?? input.value.length)).length;
      input.value = converted;
      input.setSelectionRange(caret, caret);
    }
    this.value = converted;
  }

  override render() {
    return this.renderField(html`<input
      part="input"
      id="control"
      class="input control focusable"
      .value=${this.value}
      ?disabled=${this.isDisabled}
      ?required=${this.required}
      autocomplete=${this.autocomplete || 'off'}
      autocapitalize="characters"
      spellcheck="false"
      aria-invalid=${this.showError ? 'true' : nothing}
      aria-describedby=${this.descriptions || nothing}
      @input=${this.handleInput}
      @change=${this.commitTyping}
      @keydown=${this.submitOnEnter}
    />`);
  }
}

defineElement('ger-registration-number', GerRegistrationNumber);

declare global {
  interface HTMLElementTagNameMap {
    'ger-registration-number': GerRegistrationNumber;
  }
}
