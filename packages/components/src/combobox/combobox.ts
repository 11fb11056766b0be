import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { GerFormControl } from '../base/form-control.js';
import { defineElement } from '../base/ger-element.js';
import { LazyPartController } from '../base/lazy-part.js';
import type { ValidationResult, Validator } from '../base/validators.js';
import { formControlStrings } from '../locales/form-control.js';
import { fieldStyles } from '../styles/field.styles.js';
import { inputStyles } from '../styles/input.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { comboboxStyles } from './combobox.styles.js';
import type { ComboboxHost } from './host.js';
import { childOptions, cleanOptions, type ComboboxOption, type ComboboxSearch } from './options.js';
import type { Suggestions } from './suggestions.js';

export type { ComboboxOption, ComboboxSearch };

/**
 * @tagname ger-combobox
 * @summary A text field that suggests options as you type: for long lists such as every soum or
 * country, where scrolling a drop-down list would take too long.
 *
 * The WAI-ARIA combobox with a list that filters as the user types: Cyrillic or Latin letters,
 * with or without ө/ү, with small typos, matched as the service catalogue matches. Options come
 * from `<option>` children, from the `options` property, or from a `search` function that asks a
 * server. Typed text that is none of the options is kept as the value, unless `restrict` is set:
 * then it is put back to the last choice, with a message. A failed `search` is said in the list,
 * with Try again, and asked again by itself when the connection comes back or after a while;
 * text left meanwhile is kept, not refused, until a search can judge it.
 *
 * @slot - `<option>` elements: `value` is sent, the text is shown (read as they change; not shown themselves).
 *
 * @csspart base - The field: label, hint, error, text box and list.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart input - The text box.
 * @csspart button - The button that opens the list.
 * @csspart listbox - The list of options.
 * @csspart popup - The box around the list, below the text box.
 * @csspart option - One option.
 * @csspart status - What the list says besides its options: no matches, more matches, searching.
 *
 * @fires input - As the user types, when they choose an option, and when Escape empties the box.
 * @fires change - When the value changes: an option chosen, or typed text kept on leaving the field.
 *
 * @cssprop --ger-border-width-thin - Decorative dividers.
 * @cssprop --ger-color-brand - Primary actions, links in brand contexts, selected states.
 * @cssprop --ger-color-on-brand - Text and icons on brand.
 * @cssprop --ger-color-surface-raised - Surfaces that sit above the page: popups, cards.
 * @cssprop --ger-color-text-muted - Secondary text.
 * @cssprop --ger-shadow-md - Popups.
 * @cssprop --ger-z-overlay - Popups above the page.
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-field-error - Error message text and the bar beside an invalid field: 4.5:1 as text on the page.
 * @cssprop --ger-field-error-bar-width - Bar on the inline-start edge of a field with an error.
 * @cssprop --ger-field-gap - Space between a field's label, hint, error message and control.
 * @cssprop --ger-field-hint - Hint text under a label.
 * @cssprop --ger-field-label-font-weight - Weight of field labels and group legends.
 * @cssprop --ger-field-width - Maximum width of the input.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text.
 * @cssprop --ger-input-background - Field background.
 * @cssprop --ger-input-border - Field border (3:1).
 * @cssprop --ger-input-border-invalid - Field border when invalid; always paired with an error message.
 * @cssprop --ger-input-border-width - Field border width.
 * @cssprop --ger-input-foreground - Typed text.
 * @cssprop --ger-input-min-size - Minimum block size of a field: the 44 px target.
 * @cssprop --ger-input-radius - Field corner radius.
 * @cssprop --ger-letter-spacing-body - Default letter spacing.
 * @cssprop --ger-line-height-body - Paragraphs and form text.
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing.
 * @cssstate user-invalid - The value is wrong and the user has changed it or tried to submit: the error shows.
 *
 * @cssprop --ger-color-border - Decorative dividers only (no contrast requirement). Never the only outline of a control.
 * @cssprop --ger-color-brand-subtle - Tinted brand surface: banners, tags, highlighted rows.
 * @cssprop --ger-color-on-brand-subtle - Text and icons on color.brand-subtle.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-font-weight-regular - Body text.
 * @cssprop --ger-line-height-heading - Headings; leaves room for Cyrillic diacritics (Й, Ё) when lines wrap.
 * @cssprop --ger-space-md - 16 px at default text size.
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 *
 * @cssprop --ger-button-border-width - Border of every button variant (transparent on filled ones, so sizes match and forced-colors mode shows an edge).
 * @cssprop --ger-button-font-weight - Button label weight.
 * @cssprop --ger-button-min-size - Minimum block and inline size of a button: the 44 px target.
 * @cssprop --ger-button-padding-block - Block padding.
 * @cssprop --ger-button-padding-inline - Inline padding.
 * @cssprop --ger-button-quiet-foreground - Quiet button label: looks like a link, works like a button.
 * @cssprop --ger-button-quiet-foreground-hover - Quiet button label on hover.
 * @cssprop --ger-button-radius - Corner radius of buttons.
 * @cssprop --ger-duration-fast - Hover and press feedback.
 * @cssprop --ger-easing-standard - Movement within the page.
 * @cssprop --ger-line-height-tight - Single-line UI text: buttons, tags. Never for paragraphs.
 */
export class GerCombobox extends GerFormControl implements ComboboxHost {
  static override styles = [...sharedStyles, fieldStyles, inputStyles, comboboxStyles];
  static override strings = formControlStrings;
  static override properties: PropertyDeclarations = {
    value: {},
    options: { attribute: false },
    search: { attribute: false },
    restrict: { type: Boolean, reflect: true },
    text: { state: true },
    slotted: { state: true },
  };

  /** The chosen option's value, or the typed text when none was chosen (never with `restrict`). */
  value = '';

  /** The options, when not given as `<option>` children. */
  options?: ComboboxOption[];

  /** Asks for the options of what was typed (see `ComboboxSearch`); used instead of `options`. */
  search?: ComboboxSearch;

  /** Only an option can be the value: other typed text is put back to the last choice, with a message. */
  restrict = false;

  /** @internal What the text box shows. */
  text = '';
  /** @internal The user is typing: the text box keeps their text until they choose or leave. */
  editing = false;
  /** @internal The option last chosen from `search`'s answers. */
  picked?: ComboboxOption;
  /** @internal The local options, checked: the property's, else the children's. */
  choices: ComboboxOption[] = [];
  /** The `<option>` children. */
  private slotted: ComboboxOption[] = [];
  private list?: Suggestions;

  /** The list, its matching and keyboard: a part that loads as the field appears. */
  protected readonly listPart = new LazyPartController(this, {
    load: () => import('./suggestions.js'),
    loaded: (module) => {
      this.list = new module.Suggestions(this);
      // Text typed before the list loaded gets its suggestions now, not at the next key.
      if (this.editing) this.list.typed();
    },
  });

  /** The option with this value, among the local options or the one chosen from a search. */
  optionFor(value: string): ComboboxOption | undefined {
    return value ? [this.picked, ...this.choices].find((option) => option?.value === value) : undefined;
  }

  /** Whether `value` is none of the options, where there are options to compare with (not with `search`). */
  unlisted(value: string): boolean {
    return !this.search && this.choices.length > 0 && !this.optionFor(value);
  }

  get jsonValue() {
    return this.value;
  }
  set jsonValue(value) {
    this.value = value == null ? '' : String(value);
  }

  override get displayValue(): string {
    return this.optionFor(this.value)?.label ?? this.value;
  }

  /** @internal */
  get isDisabledNow(): boolean {
    return this.isDisabled;
  }

  /** @internal Sets the value as the user's answer. */
  answer(value: string, chosen: boolean): void {
    this.requestUpdate();
    if (value === this.value) return;
    this.value = value;
    if (chosen) this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.changed();
  }

  protected restoreDefault(): void {
    this.editing = false;
    this.value = this.getAttribute('value') ?? this.querySelector<HTMLOptionElement>('option[selected]')?.value ?? '';
    // The box shows the value again, even where the value did not change (text left for a search to check).
    this.requestUpdate('value');
  }

  protected override builtInValidators(): Validator[] {
    // The check against the list comes with the list part, as a text field's format checks do.
    return super.builtInValidators().concat(this.listPart.module?.listValidators ?? []);
  }

  /** Text kept for a search to check (it failed) is no empty field: the list says what is wrong first. */
  protected override validate(): ValidationResult | undefined {
    return this.list?.unchecked() ?? super.validate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    const listChanged = changed.has('options') || changed.has('slotted');
    if (listChanged) {
      this.choices = this.options ? cleanOptions(this.options, 'options') : this.slotted;
      // A soum of the aimag chosen before is no answer once the aimag changes.
      if (this.restrict && this.value && this.unlisted(this.value)) this.value = '';
      this.list?.optionsChanged();
    }
    if (!this.editing && (changed.has('value') || listChanged)) this.text = this.displayValue;
    super.willUpdate(changed);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A server-rendered slot fires no slotchange when the page's script arrives: read them now.
    this.readOptions();
  }

  private readOptions() {
    this.slotted = childOptions(this);
    // Not over text the reader left for a search to judge (put back in the page, the field waits
    // on), nor over a box they emptied: the option marked selected is a default.
    if (!this.value && !this.hasAttribute('value') && !this.editing && !this.dirty) this.restoreDefault();
  }

  private handleInput(event: Event) {
    this.text = (event.target as HTMLInputElement).value;
    this.editing = true;
    // Until the list has loaded, the field is a text field: what is typed is the answer.
    if (this.list) this.list.typed();
    else this.answer(this.text, false);
  }

  override render() {
    const list = this.list;
    const expanded = !!list?.open && !this.isDisabled;
    return this.renderField(
      html`<div class="box">
          <input
            part="input"
            id="control"
            class="input control focusable"
            role="combobox"
            aria-labelledby="label"
            autocomplete="off"
            aria-autocomplete="list"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls="listbox"
            aria-activedescendant=${expanded && list!.active >= 0 ? `option-${list!.active}` : nothing}
            aria-invalid=${this.showError ? 'true' : nothing}
            aria-describedby=${this.describedBy(list?.notice ? 'notice' : '') || nothing}
            .value=${this.text}
            ?disabled=${this.isDisabled}
            ?required=${this.required}
            @input=${this.handleInput}
            @keydown=${(event: KeyboardEvent) => list?.keydown(event)}
            @click=${() => list?.clicked()}
          />
          ${list?.renderButton(expanded) ?? nothing}
          <div part="popup" class="popup ${list?.inline ? 'inline' : ''}" ?hidden=${!expanded} @mousedown=${(event: Event) => event.preventDefault()}>
            <ul part="listbox" id="listbox" role="listbox" aria-labelledby="label">
              ${expanded ? list!.renderOptions() : nothing}
            </ul>
            ${expanded ? list!.renderStatus() : nothing}
          </div>
        </div>
        ${list?.renderNotice() ?? nothing}
        <slot hidden @slotchange=${this.readOptions}></slot>`,
    );
  }
}

defineElement('ger-combobox', GerCombobox);

declare global {
  interface HTMLElementTagNameMap {
    'ger-combobox': GerCombobox;
  }
}
