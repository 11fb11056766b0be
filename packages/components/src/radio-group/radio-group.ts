import { html, isServer, type PropertyValues } from 'lit';
import { property } from '../base/decorators.js';
import { GerFormGroup } from '../base/form-group.js';
import { defineElement } from '../base/ger-element.js';
import type { GerRadio } from '../radio/radio.js';
import '../radio/radio.js';
import { fieldStyles } from '../styles/field.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { choiceStrings } from '../locales/choices.js';
import { formControlStrings } from '../locales/form-control.js';
import { combineStrings } from '../locales/strings.js';
import { requiredValidator, type Validator } from '../base/validators.js';

const REQUIRED = requiredValidator('choiceMissing');

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
 */
export class GerRadioGroup extends GerFormGroup {
  static override styles = [...sharedStyles, fieldStyles];
  static override strings = combineStrings(formControlStrings, choiceStrings);

  /** The chosen answer's value; `''` for none. The `value` attribute (or a `checked` radio) is the default. */
  @property() value = '';

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
