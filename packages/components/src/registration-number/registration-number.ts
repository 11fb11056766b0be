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
 * @fires change - When the user commits a change (leaves the field after editing).
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
    const rules = this.rules.module;
    return rules ? [...super.builtInValidators(), rules.registrationNumberValidator] : super.builtInValidators();
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
      @change=${this.changed}
    />`);
  }
}

defineElement('ger-registration-number', GerRegistrationNumber);

declare global {
  interface HTMLElementTagNameMap {
    'ger-registration-number': GerRegistrationNumber;
  }
}
