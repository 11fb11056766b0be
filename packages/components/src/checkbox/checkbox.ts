import { html, nothing, type PropertyDeclarations } from 'lit';
import { GerFormControl } from '../base/form-control.js';
import { defineElement } from '../base/ger-element.js';
import { fieldStyles } from '../styles/field.styles.js';
import { choiceStyles } from '../styles/choice.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { checkMissingStrings } from '../locales/choices.js';
import { formControlStrings } from '../locales/form-control.js';
import { combineStrings } from '../locales/strings.js';
import { requiredValidator, type Validator } from '../base/validators.js';

const REQUIRED = requiredValidator('checkMissing');

/**
 * @tagname ger-checkbox
 * @summary A checkbox: alone (to agree to something), or one of several in `ger-checkbox-group`.
 *
 * A native checkbox inside, large (the whole row is a 44 px target) and in the theme's colour,
 * so it keeps the platform's behaviour, forced-colours rendering and screen reader support.
 * Inside `ger-checkbox-group` give it no `name`: the group sends the values of the ticked boxes.
 *
 * @slot - The label, which may contain a link (or use the `label` attribute).
 *
 * @csspart base - The whole field.
 * @csspart control - The native checkbox.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 *
 * @fires input - When the user ticks or clears the box.
 * @fires change - When the user ticks or clears the box.
 *
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-field-choice-size - Box of a checkbox or circle of a radio button; the whole row stays a 44 px target.
 * @cssprop --ger-field-error - Error message text and the bar beside an invalid field: 4.5:1 as text on the page.
 * @cssprop --ger-field-error-bar-width - Bar on the inline-start edge of a field with an error.
 * @cssprop --ger-field-gap - Space between a field's label, hint, error message and control.
 * @cssprop --ger-field-hint - Hint text under a label.
 * @cssprop --ger-field-label-font-weight - Weight of field labels and group legends.
 * @cssprop --ger-field-selected - Fill of a ticked checkbox, dot of a selected radio, current step: 3:1 on the page.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-font-weight-regular - Body text.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-line-height-heading - Headings; leaves room for Cyrillic diacritics (Й, Ё) when lines wrap.
 * @cssprop --ger-size-target-minimum - Minimum size of every interactive target: 44 px at default text size (WCAG 2.5.5 AAA, the Ger standard).
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 * @cssstate user-invalid - The value is wrong and the user has changed it or tried to submit: the error shows.
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerCheckbox extends GerFormControl {
  static override styles = [...sharedStyles, fieldStyles, choiceStyles];
  static override properties: PropertyDeclarations = {
    checked: { type: Boolean },
    value: {},
  };
  static override strings = combineStrings(formControlStrings, checkMissingStrings);

  /** Whether the box is ticked. The `checked` attribute is the default, restored on form reset. */
  checked = false;

  /** Sent with the form when ticked; `on` by default, as a native checkbox. */
  value = 'on';

  get jsonValue() {
    return this.checked ? this.value : null;
  }
  set jsonValue(value) {
    this.checked = value != null;
  }

  override get displayValue(): string {
    return this.checked ? (this.label || this.textContent || '').trim() : '';
  }

  /**
   * The `checked` attribute, as a native checkbox's `defaultChecked` (and React's `defaultChecked`
   * prop): whether a form reset ticks the box. Setting it sets the attribute, and with it `checked`
   * until the reader ticked or unticked the box (as on a native checkbox).
   */
  get defaultChecked(): boolean {
    return this.hasAttribute('checked');
  }
  set defaultChecked(checked: boolean) {
    this.toggleAttribute('checked', !!checked);
  }

  protected restoreDefault(): void {
    this.checked = this.defaultChecked;
  }

  protected override builtInValidators(): Validator[] {
    return [REQUIRED];
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement>('input') ?? null;
  }

  /**
   * The box is ticked through its `checked` attribute, which the server renders too (a property
   * binding would be written as `checked="false"`: ticked until the page's script loads), and
   * through its property, which a click has made the one that counts.
   */
  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (this.input) this.input.checked = this.checked;
  }

  /** Follows the box at its `input`, which leaves the shadow root next: a listener there reads the new state. */
  private handleInput(event: Event) {
    this.checked = (event.target as HTMLInputElement).checked;
  }

  private handleChange(event: Event) {
    this.handleInput(event);
    this.changed();
  }

  override render() {
    return html`<div part="base" class="field ${this.showError ? 'invalid' : ''}">
      ${this.renderMessages()}
      <div class="choice">
        <input
          part="control"
          id="control"
          class="control focusable"
          type="checkbox"
          ?checked=${this.checked}
          ?disabled=${this.isDisabled}
          ?required=${this.required}
          aria-invalid=${this.showError ? 'true' : nothing}
          aria-describedby=${this.describedBy() || nothing}
          @input=${this.handleInput}
          @change=${this.handleChange}
        />
        <label part="label" for="control"><slot>${this.label}</slot>${this.marker()}</label>
      </div>
    </div>`;
  }
}

defineElement('ger-checkbox', GerCheckbox);

declare global {
  interface HTMLElementTagNameMap {
    'ger-checkbox': GerCheckbox;
  }
}
