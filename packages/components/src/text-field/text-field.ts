import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property } from '../base/decorators.js';
import { defineElement } from '../base/ger-element.js';
import { LazyPartController } from '../base/lazy-part.js';
import type { Validator } from '../base/validators.js';
import { GerTextControl } from '../base/text-control.js';
import { fieldStyles } from '../styles/field.styles.js';
import { countStyles } from '../styles/count.styles.js';
import { inputStyles } from '../styles/input.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { textFieldStyles } from './text-field.styles.js';

export const TEXT_FIELD_TYPES = ['text', 'email', 'tel', 'number'] as const;
export type TextFieldType = (typeof TEXT_FIELD_TYPES)[number];

/** `inputmode` and `autocomplete` that suit each type, unless the author sets their own. */
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
 * @fires change - When the user commits a change (leaves the field after editing).
 */
export class GerTextField extends GerTextControl {
  static override styles = [...sharedStyles, fieldStyles, inputStyles, countStyles, textFieldStyles];

  /** `text` (default), `email`, `tel` or `number`: sets the keyboard and the check of the value. */
  @property({ reflect: true }) type: TextFieldType = 'text';

  /** Expected length in characters, as a width: 2, 4, 10 or 20. Full width without it. */
  @property({ reflect: true }) width?: string;

  /**
   * Text shown before the input, such as a currency (`₮`) or `+976`. Also say it in the label or
   * hint: it is not read. (Not `prefix`, which every DOM element already has.)
   */
  @property({ attribute: 'prefix-text' }) prefixText = '';

  /** Text shown after the input, such as a unit (`кг`). Also say it in the label or hint: it is not read. */
  @property({ attribute: 'suffix-text' }) suffixText = '';

  /** A regular expression the whole value must match (as the native `pattern`). */
  @property() pattern = '';

  /** Smallest number allowed (`type="number"`). */
  @property({ type: Number }) min?: number;

  /** Largest number allowed (`type="number"`). */
  @property({ type: Number }) max?: number;

  /** Overrides the keyboard the type chooses (`numeric`, `decimal`, `text`...). */
  @property() inputmode = '';

  protected get kind(): TextFieldType {
    return this.oneOf('type', this.type, TEXT_FIELD_TYPES, 'text');
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
    return [...super.builtInValidators(), ...(this.formats.module?.formatValidators ?? [])];
  }

  /** The native input; the registration number reuses it with its own keyboard settings. */
  protected renderInput(inputmode: string, autocomplete: string, spellcheck = this.kind === 'text') {
    return html`<input
      part="input"
      id="control"
      class="input control focusable"
      type=${this.kind === 'email' || this.kind === 'tel' ? this.kind : 'text'}
      .value=${this.value}
      ?disabled=${this.isDisabled}
      ?required=${this.required}
      inputmode=${inputmode || nothing}
      autocomplete=${autocomplete || nothing}
      spellcheck=${spellcheck ? nothing : 'false'}
      aria-invalid=${this.showError ? 'true' : nothing}
      aria-describedby=${this.descriptions || nothing}
      @input=${this.handleInput}
      @change=${this.changed}
    />`;
  }

  override render() {
    const [inputmode, autocomplete] = KEYBOARD[this.kind];
    const affix = (text: string) => (text ? html`<span class="affix" aria-hidden="true">${text}</span>` : nothing);
    return this.renderField(
      html`<div class="wrap">${affix(this.prefixText)}${this.renderInput(this.inputmode || inputmode, this.autocomplete || autocomplete)}${affix(this.suffixText)}</div>`,
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
