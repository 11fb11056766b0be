import { html, isServer, type PropertyValues } from 'lit';
import { GerFormGroup } from '../base/form-group.js';
import { defineElement } from '../base/ger-element.js';
import type { GerCheckbox } from '../checkbox/checkbox.js';
import '../checkbox/checkbox.js';
import { groupMissingStrings } from '../locales/choices.js';
import { formControlStrings } from '../locales/form-control.js';
import { combineStrings } from '../locales/strings.js';
import { groupStyles } from '../styles/group.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { checkboxGroupStyles } from './checkbox-group.styles.js';
import { requiredValidator, type Validator } from '../base/validators.js';

const REQUIRED = requiredValidator('groupMissing');

/**
 * @tagname ger-checkbox-group
 * @summary A question answered by ticking any number of boxes ("Select all that apply").
 *
 * The group's `name` is sent once for each ticked box, as native checkboxes sharing a name
 * are; the boxes themselves have no `name`. `required` asks for at least one.
 *
 * @slot - `ger-checkbox` elements, each with a `value`.
 *
 * @csspart base - The `<fieldset>`.
 * @csspart label - The `<legend>`: the question.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 *
 * @fires input - When the user ticks or clears a box (from the box).
 * @fires change - When the user ticks or clears a box (from the box).
 *
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
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
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-line-height-heading - Headings; leaves room for Cyrillic diacritics (Й, Ё) when lines wrap.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 * @cssstate user-invalid - The value is wrong and the user has changed it or tried to submit: the error shows.
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerCheckboxGroup extends GerFormGroup {
  static override styles = [...sharedStyles, ...groupStyles, checkboxGroupStyles];
  static override strings = combineStrings(formControlStrings, groupMissingStrings);

  constructor() {
    super();
    // A box the user ticked: the group's value follows at once, for a form read right after.
    this.addEventListener('change', (event) => {
      if (event.target === this) return;
      this.touched = true;
      this.commit();
    });
  }

  private get boxes(): GerCheckbox[] {
    // On the server there is no light DOM to read: the boxes render themselves.
    return isServer ? [] : [...this.querySelectorAll('ger-checkbox')];
  }

  /** The values of the ticked boxes, in order. Set from a script, one value ticks its box alone and `null` none. */
  get value(): string[] {
    return this.boxes.filter((box) => box.checked).map((box) => box.value);
  }
  set value(values: string[] | string) {
    const ticked = (Array.isArray(values) ? values : values == null ? [] : [values]).map(String);
    for (const box of this.boxes) box.checked = ticked.includes(box.value);
    this.requestUpdate('value');
  }

  get jsonValue() {
    return this.value;
  }
  set jsonValue(value) {
    this.value = value as string[];
  }

  override get displayValue(): string {
    return this.boxes
      .filter((box) => box.checked)
      .map((box) => box.displayValue)
      .join(', ');
  }

  protected override formValue(): FormData | null {
    if (!this.name) return null;
    const data = new FormData();
    for (const value of this.value) data.append(this.name, value);
    return data;
  }

  protected restoreDefault(): void {
    for (const box of this.boxes) box.checked = box.hasAttribute('checked');
  }

  protected override builtInValidators(): Validator[] {
    return [REQUIRED];
  }

  protected override updated(changed: PropertyValues): void {
    // Disabling the group disables every box; enabling it again gives them back (not on first render,
    // which would clear a box the author disabled).
    if (changed.has('disabled') && (this.disabled || changed.get('disabled'))) for (const box of this.boxes) box.disabled = this.disabled;
  }

  override focus(options?: FocusOptions): void {
    this.boxes.find((box) => !box.disabled)?.focus(options);
  }

  override render() {
    return this.renderGroup(html`<div class="items"><slot @slotchange=${() => this.commit()}></slot></div>`);
  }
}

defineElement('ger-checkbox-group', GerCheckboxGroup);

declare global {
  interface HTMLElementTagNameMap {
    'ger-checkbox-group': GerCheckboxGroup;
  }
}
