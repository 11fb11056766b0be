import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { listOf, text } from '../base/converters.js';
import { GerFormControl } from '../base/form-control.js';
import { defineElement } from '../base/ger-element.js';
import { observeLightDom } from '../controllers/light-dom.js';
import { fieldStyles } from '../styles/field.styles.js';
import { inputStyles } from '../styles/input.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { selectStyles } from './select.styles.js';
import { chevronStyles } from '../styles/chevron.styles.js';
import { choiceMissingStrings, selectPlaceholderStrings } from '../locales/choices.js';
import { formControlStrings } from '../locales/form-control.js';
import { combineStrings } from '../locales/strings.js';
import { requiredValidator, type Validator } from '../base/validators.js';

const REQUIRED = requiredValidator('choiceMissing');

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

/**
 * @tagname ger-select
 * @summary A drop-down list to choose one option from many, such as an aimag or a district.
 *
 * Options come from `<option>` children or from the `options` property (for lists that depend on
 * another answer, such as soums of the chosen aimag). The native `<select>` is kept: it is the
 * most reliable list on phones and with screen readers. When the options change and the value is
 * no longer among them, the value is cleared, so a stale answer is never sent, and `input` and
 * `change` say so, so a framework holding the answer clears it too.
 *
 * @slot - `<option>` elements (read once they change; not shown themselves).
 *
 * @csspart base - The field: label, hint, error and list.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart select - The native `<select>`.
 *
 * @fires input - When the user picks an option.
 * @fires change - When the user picks an option.
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
export class GerSelect extends GerFormControl {
  static override styles = [...sharedStyles, fieldStyles, inputStyles, chevronStyles, selectStyles];
  static override properties: PropertyDeclarations = {
    value: {},
    options: { attribute: false },
    placeholder: {},
    childOptions: { state: true, attribute: false },
  };
  static override strings = combineStrings(formControlStrings, choiceMissingStrings, selectPlaceholderStrings);

  /** The chosen option's value; `''` for none. The `value` attribute is the default. */
  value = '';

  /** The options, when not given as `<option>` children. */
  options?: SelectOption[];

  /** Text of the empty first option; "Сонгоно уу" / "Select" by default. */
  placeholder = '';

  private childOptions: SelectOption[] = [];
  /** The options changed and took the answer with them: `updated` says so with events. */
  private clearedByOptions = false;

  constructor() {
    super();
    // Which options there are comes with `slotchange`; what they say and hold, from here.
    observeLightDom(this, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value', 'disabled', 'selected'] }, () =>
      this.readOptions(),
    );
  }

  private get list(): SelectOption[] {
    if (this.options == null) return this.childOptions;
    // From a script, anything: a list's entries that are objects (listOf warns about the rest),
    // each value as text, as an <option>'s is (an id given as a number is still chosen).
    return listOf(this.options, '<ger-select> options').map((option) => {
      const value = option.value == null ? '' : String(option.value);
      return { value, label: text(option.label) || value, disabled: Boolean(option.disabled) };
    });
  }

  get jsonValue() {
    return this.value;
  }
  set jsonValue(value) {
    this.value = value == null ? '' : String(value);
  }

  override get displayValue(): string {
    // No answer reads as none, not as the placeholder's "Choose".
    return (this.value && this.list.find((option) => option.value === this.value)?.label) || '';
  }

  protected restoreDefault(): void {
    this.value = this.getAttribute('value') ?? this.querySelector<HTMLOptionElement>('option[selected]')?.value ?? '';
  }

  protected override builtInValidators(): Validator[] {
    return [REQUIRED];
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Compared with the options' values, which are text: an id a script gives as a number is that text.
    if (typeof this.value != 'string') this.value = this.value == null ? '' : String(this.value);
    const list = this.list;
    if ((changed.has('options') || changed.has('childOptions')) && list.length && !list.some((option) => option.value === this.value)) {
      this.clearedByOptions = this.value !== '';
      this.value = '';
    }
    super.willUpdate(changed);
  }

  private readOptions() {
    this.childOptions = [...this.querySelectorAll('option')].map((option) => ({ value: option.value, label: option.text, disabled: option.disabled }));
    // The option marked selected is a default: not over the placeholder the reader chose.
    if (!this.value && !this.hasAttribute('value') && !this.dirty) this.restoreDefault();
  }

  /** Follows the choice at its `input`, which leaves the shadow root next: a listener there reads the new value. */
  private handleInput(event: Event) {
    this.value = (event.target as HTMLSelectElement).value;
  }

  private handleChange(event: Event) {
    this.handleInput(event);
    this.changed();
  }

  private get select(): HTMLSelectElement | null {
    return this.renderRoot?.querySelector<HTMLSelectElement>('select') ?? null;
  }

  /**
   * The answer shows through the options' `selected` attributes, which the server renders too
   * (a property binding would be written as `selected="false"` on every option, showing the
   * last until the page's script loads), and through the select's value once someone chose.
   */
  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (this.clearedByOptions) {
      this.clearedByOptions = false;
      // The answer went with its option, not by the reader's hand: the `value` attribute still sets it.
      const { dirty } = this;
      this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      this.dirty = dirty;
      this.dispatchEvent(new Event('change', { bubbles: true }));
    }
    if (!this.select) return;
    this.select.value = this.value;
    // An answer not (yet) in the list shows the placeholder, as the browser shows by itself.
    if (this.select.selectedIndex < 0) this.select.selectedIndex = 0;
  }

  override render() {
    return this.renderField(
      html`<div class="box chevron ${this.isDisabled ? 'disabled' : ''}"><select
          part="select"
          id="control"
          class="input control focusable"
          ?disabled=${this.isDisabled}
          ?required=${this.required}
          aria-invalid=${this.showError ? 'true' : nothing}
          aria-describedby=${this.describedBy() || nothing}
          @input=${this.handleInput}
          @change=${this.handleChange}
        >
          <option value="">${this.placeholder || this.list.find((option) => !option.value)?.label || this.localize.term('selectPlaceholder')}</option>
          ${this.list.map((option) =>
            // An option of the author's with no value is their placeholder: shown once, as the first.
            option.value
              ? html`<option value=${option.value} ?disabled=${option.disabled} ?selected=${option.value === this.value}>${option.label}</option>`
              : nothing,
          )}
        </select></div>
        <slot hidden @slotchange=${this.readOptions}></slot>`,
    );
  }
}

defineElement('ger-select', GerSelect);

declare global {
  interface HTMLElementTagNameMap {
    'ger-select': GerSelect;
  }
}
