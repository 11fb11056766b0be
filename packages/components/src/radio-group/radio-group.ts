import { html, isServer, type PropertyDeclarations, type PropertyValues } from 'lit';
import { GerFormGroup } from '../base/form-group.js';
import { defineElement } from '../base/ger-element.js';
import type { GerRadio } from '../radio/radio.js';
import '../radio/radio.js';
import { groupStyles } from '../styles/group.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { choiceMissingStrings } from '../locales/choices.js';
import { formControlStrings } from '../locales/form-control.js';
import { combineStrings } from '../locales/strings.js';
import { requiredValidator, type Validator } from '../base/validators.js';

const REQUIRED = requiredValidator('choiceMissing');

/**
 * All four arrows, as in the WAI-ARIA radio group: the same in every writing mode (Down and Right
 * both go on), so unlike tabs or a calendar it needs no `horizontalKey`.
 */
const STEP: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

/**
 * @tagname ger-radio-group
 * @summary A question answered by choosing exactly one of a few options.
 *
 * Keyboard as the WAI-ARIA radio group pattern: Tab enters the group at the chosen answer (or
 * the first), the arrow keys move to the next or previous answer and choose it (wrapping
 * around, skipping disabled ones), Space chooses the focused one. One Tab stop for the group.
 *
 * @slot - `ger-radio` elements, each with a `value`.
 *
 * @csspart base - The `<fieldset>` (role `radiogroup`).
 * @csspart label - The `<legend>`: the question.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 *
 * @fires input - When the user chooses an answer.
 * @fires change - When the user chooses an answer.
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
export class GerRadioGroup extends GerFormGroup {
  static override styles = [...sharedStyles, ...groupStyles];
  static override strings = combineStrings(formControlStrings, choiceMissingStrings);
  static override properties: PropertyDeclarations = { value: {} };

  /** The chosen answer's value; `''` for none. The `value` attribute (or a `checked` radio) is the default. */
  value = '';

  constructor() {
    super();
    this.addEventListener('click', (event) => this.choose(this.radioOf(event), true));
    this.addEventListener('keydown', this.handleKey);
  }

  private get radios(): GerRadio[] {
    // On the server there is no light DOM to read: the radios render themselves.
    return isServer ? [] : [...this.querySelectorAll('ger-radio')];
  }

  private radioOf(event: Event): GerRadio | undefined {
    return ((event.target as Element).closest?.('ger-radio') as GerRadio | null) ?? undefined;
  }

  get jsonValue() {
    return this.value;
  }
  set jsonValue(value) {
    this.value = value == null ? '' : String(value);
  }

  override get displayValue(): string {
    return this.radios.find((radio) => radio.value === this.value)?.textContent?.trim() ?? '';
  }

  /** Nothing is sent while no answer is chosen, as with native radios (a server would read `name=` as answered). */
  protected override formValue(): string | null {
    return this.radios.some((radio) => radio.value === this.value) ? this.value : null;
  }

  protected restoreDefault(): void {
    this.value = this.getAttribute('value') ?? this.radios.find((radio) => radio.hasAttribute('checked'))?.value ?? '';
  }

  protected override builtInValidators(): Validator[] {
    return [REQUIRED];
  }

  private choose(radio: GerRadio | undefined, focus: boolean) {
    if (!radio || radio.disabled || this.isDisabled) return;
    if (focus) radio.focus();
    if (radio.value === this.value) return;
    this.value = radio.value;
    this.picked();
  }

  private handleKey = (event: KeyboardEvent) => {
    const current = this.radioOf(event);
    if (!current) return;
    if (event.key === ' ') {
      event.preventDefault();
      this.choose(current, false);
      return;
    }
    const step = STEP[event.key];
    if (!step) return;
    event.preventDefault();
    const enabled = this.radios.filter((radio) => !radio.disabled);
    const index = enabled.indexOf(current);
    this.choose(enabled[(index + step + enabled.length) % enabled.length], true);
  };

  protected override updated(): void {
    // Roving tabindex: only the chosen answer (or the first that can be chosen) is a Tab stop.
    const radios = this.radios;
    const stop = radios.find((radio) => radio.value === this.value && !radio.disabled) ?? radios.find((radio) => !radio.disabled);
    for (const radio of radios) {
      radio.checked = radio.value === this.value;
      radio.groupDisabled = this.isDisabled;
      radio.tabIndex = radio === stop && !this.isDisabled ? 0 : -1;
      radio.requestUpdate();
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated && !this.value) this.restoreDefault();
    super.willUpdate(changed);
  }

  override focus(options?: FocusOptions): void {
    this.radios.find((radio) => radio.tabIndex === 0)?.focus(options);
  }

  override render() {
    return this.renderGroup(html`<div class="items"><slot @slotchange=${() => this.requestUpdate()}></slot></div>`, 'radiogroup');
  }
}

defineElement('ger-radio-group', GerRadioGroup);

declare global {
  interface HTMLElementTagNameMap {
    'ger-radio-group': GerRadioGroup;
  }
}
