import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { GerFormControl } from '../base/form-control.js';
import { defineElement } from '../base/ger-element.js';
import { requiredValidator, type Validator } from '../base/validators.js';
import { comboboxStrings } from '../locales/combobox.js';
import { formControlStrings } from '../locales/form-control.js';
import { combineStrings } from '../locales/strings.js';
import { fieldStyles } from '../styles/field.styles.js';
import { inputStyles } from '../styles/input.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { announce } from '../utils/announce.js';
import { comboboxStyles } from './combobox.styles.js';
import { OptionMatcher, sameLabel } from './matching.js';
import { childOptions, cleanOptions, type ComboboxOption, type ComboboxSearch } from './options.js';

export type { ComboboxOption, ComboboxSearch };

/** Options rendered at once: enough to scan, few enough that 5,000 options stay fast. */
const SHOWN = 50;
/** Quiet time before the number of matches is announced, so a screen reader is not talked over while typing. */
const ANNOUNCE_MS = 500;
/** Quiet time before `search` is called, so a fast typist sends one request, not one per letter. */
const SEARCH_MS = 200;

const REQUIRED = requiredValidator();

/** Prepares a matcher's index while the page is idle (WebKit has no `requestIdleCallback`). */
function whenIdle(matcher: OptionMatcher) {
  const prepare = () => matcher.prepare();
  if (typeof requestIdleCallback === 'function') requestIdleCallback(prepare, { timeout: 2000 });
  else setTimeout(prepare, 300);
}

/** With `restrict`, a value that is none of the options (an old draft, a script) is an error. */
const IN_LIST: Validator = {
  key: 'in-list',
  check: (value, control) => {
    const combobox = control as GerCombobox;
    return combobox.restrict && combobox.unlisted(String(value))
      ? { flag: 'badInput', message: control.localize.term('comboboxChooseFromList') }
      : undefined;
  },
};

/**
 * @tagname ger-combobox
 * @summary A text field that suggests options as you type: for long lists such as every soum or
 * country, where scrolling a drop-down list would take too long.
 *
 * The WAI-ARIA combobox with a list that filters as the user types: Cyrillic or Latin letters,
 * with or without ө/ү, with small typos, matched as the service catalogue matches. Options come
 * from `<option>` children, from the `options` property, or from a `search` function that asks a
 * server. Typed text that is none of the options is kept as the value, unless `restrict` is set:
 * then it is put back to the last choice, with a message.
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
 * @csspart option - One option.
 * @csspart status - What the list says besides its options: no matches, more matches, searching.
 *
 * @fires input - As the user types, and when they choose an option.
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
 */
export class GerCombobox extends GerFormControl {
  static override styles = [...sharedStyles, fieldStyles, inputStyles, comboboxStyles];
  static override strings = combineStrings(formControlStrings, comboboxStrings);
  static override properties: PropertyDeclarations = {
    value: {},
    options: { attribute: false },
    search: { attribute: false },
    restrict: { type: Boolean, reflect: true },
    text: { state: true, attribute: false },
    open: { state: true, attribute: false },
    active: { state: true, attribute: false },
    results: { state: true, attribute: false },
    loading: { state: true, attribute: false },
    failed: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    slotted: { state: true, attribute: false },
  };

  /** The chosen option's value, or the typed text when none was chosen (never with `restrict`). */
  value = '';

  /** The options, when not given as `<option>` children. */
  options?: ComboboxOption[];

  /** Asks for the options of what was typed (see `ComboboxSearch`); used instead of `options`. */
  search?: ComboboxSearch;

  /** Only an option can be the value: other typed text is put back to the last choice, with a message. */
  restrict = false;

  /** What the text box shows. */
  private text = '';
  private open = false;
  /** Position among the shown matches of the option the arrow keys are on; -1 for none. */
  private active = -1;
  /** The options matching the text, best first (only the first `SHOWN` are rendered). */
  private results: ComboboxOption[] = [];
  private loading = false;
  private failed = false;
  private notice = '';
  /** The `<option>` children. */
  private slotted: ComboboxOption[] = [];
  /** The local options, checked: the property's, else the children's. */
  private list: ComboboxOption[] = [];

  /** The user is editing: the text box keeps their text until they choose or leave. */
  private editing = false;
  private matcher = new OptionMatcher([]);
  /** Options a `search` returned, and the one last chosen from them (its label for the text box). */
  private remote: ComboboxOption[] = [];
  private picked?: ComboboxOption;
  private searching?: AbortController;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private announceTimer?: ReturnType<typeof setTimeout>;

  /** The option with this value, among the local options or those a search returned. */
  optionFor(value: string): ComboboxOption | undefined {
    if (!value) return undefined;
    const known = this.search ? [...(this.picked ? [this.picked] : []), ...this.remote] : this.list;
    return known.find((option) => option.value === value);
  }

  /** Whether `value` is none of the options, where there are options to compare with (not with `search`). */
  unlisted(value: string): boolean {
    return !this.search && this.list.length > 0 && !this.optionFor(value);
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

  protected restoreDefault(): void {
    this.editing = false;
    this.value = this.getAttribute('value') ?? this.querySelector<HTMLOptionElement>('option[selected]')?.value ?? '';
  }

  protected override builtInValidators(): Validator[] {
    return [REQUIRED, IN_LIST];
  }

  protected override willUpdate(changed: PropertyValues): void {
    const listChanged = changed.has('options') || changed.has('slotted');
    if (listChanged) {
      this.list = this.options ? cleanOptions(this.options, 'options') : this.slotted;
      this.matcher = new OptionMatcher(this.list);
      // A soum of the aimag chosen before is no answer once the aimag changes.
      if (this.restrict && !this.search && this.list.length && this.value && !this.optionFor(this.value)) this.value = '';
      if (this.open) this.filter();
    }
    if (!this.editing && (changed.has('value') || listChanged)) this.text = this.displayValue;
    super.willUpdate(changed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.searching?.abort();
    clearTimeout(this.searchTimer);
    clearTimeout(this.announceTimer);
  }

  constructor() {
    super();
    // Leaving the field settles the typed text. On the element itself: safe in a constructor.
    this.addEventListener('focusout', this.handleFocusOut);
  }

  private readOptions() {
    this.slotted = childOptions(this);
    if (!this.value && !this.hasAttribute('value')) this.restoreDefault();
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }

  /** The matches of the text (all options for none), from the local options or from `search`. */
  private filter(query = this.editing ? this.text : '') {
    this.active = -1;
    if (this.search) return this.askSearch();
    this.results = this.matcher.find(query);
    this.announceSoon();
  }

  /** Calls `search` after a pause in typing, cancelling the request for the text before. */
  private askSearch() {
    this.searching?.abort();
    clearTimeout(this.searchTimer);
    const query = this.text.trim();
    this.failed = false;
    this.loading = !!query;
    if (!query) {
      this.results = [];
      return;
    }
    this.announceSoon();
    const controller = (this.searching = new AbortController());
    this.searchTimer = setTimeout(async () => {
      try {
        const results = cleanOptions(await this.search!(query, controller.signal), 'search() result');
        if (controller.signal.aborted) return;
        this.remote = this.results = results;
      } catch (error) {
        if (controller.signal.aborted) return;
        console.warn('[ger] <ger-combobox> search failed:', error);
        this.failed = true;
        this.results = [];
      }
      this.loading = false;
      this.announceSoon();
    }, SEARCH_MS);
  }

  /** Says how many options match, once typing pauses (a polite live region). */
  private announceSoon() {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      if (!this.open) return;
      const { localize } = this;
      const message = this.failed
        ? localize.term('comboboxSearchFailed')
        : this.loading
          ? localize.term('comboboxSearching')
          : this.results.length
            ? localize.plural('comboboxCount', this.results.length)
            : localize.term('comboboxNoMatches');
      announce(message, localize.lang);
    }, ANNOUNCE_MS);
  }

  private show(query?: string) {
    if (this.open || this.isDisabled) return;
    this.open = true;
    this.filter(query);
  }

  private hide() {
    this.open = false;
    this.active = -1;
  }

  private handleInput(event: Event) {
    this.text = (event.target as HTMLInputElement).value;
    this.editing = true;
    this.notice = '';
    this.open = true;
    this.filter();
  }

  /** Makes `option` the value, and shows its label in the text box. */
  private choose(option: ComboboxOption) {
    if (option.disabled) return;
    this.picked = option;
    this.editing = false;
    this.text = option.label;
    this.notice = '';
    this.hide();
    if (option.value === this.value) return;
    this.value = option.value;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.changed();
  }

  private setValue(value: string) {
    if (value === this.value) return;
    this.value = value;
    this.changed();
  }

  /** Leaving the field: typed text becomes the value, or an option spelled another way, or (with `restrict`) is put back. */
  private settleText() {
    this.hide();
    if (!this.editing) return;
    this.editing = false;
    const text = this.text.trim();
    const option = sameLabel(this.search ? this.remote : this.list, text);
    if (option) this.choose(option);
    else if (!text) this.setValue('');
    else if (!this.restrict) this.setValue(text);
    else {
      this.notice = this.localize.term('comboboxNotInList', { text });
      this.text = this.displayValue;
      announce(this.notice, this.localize.lang);
    }
  }

  private handleFocusOut(event: FocusEvent) {
    const to = event.relatedTarget as Node | null;
    if (to !== this && !this.renderRoot.contains(to)) this.settleText();
  }

  private move(to: number) {
    const count = Math.min(this.results.length, SHOWN);
    this.active = count ? (to + count) % count : -1;
  }

  /** The keys of the APG editable combobox with list autocomplete. */
  private handleKeydown(event: KeyboardEvent) {
    const wasOpen = this.open;
    switch (event.key) {
      case 'ArrowDown':
        this.show();
        if (!event.altKey) this.move(wasOpen ? this.active + 1 : 0);
        break;
      case 'ArrowUp':
        this.show();
        this.move(wasOpen ? this.active - 1 : -1);
        break;
      case 'Enter': {
        const option = this.open ? this.results[this.active] : undefined;
        if (!option) return;
        // Enter chooses; it must not also continue a multi-step form or send the page's form.
        event.stopPropagation();
        this.choose(option);
        break;
      }
      case 'Escape':
        if (this.open) this.hide();
        else if (this.text) {
          this.text = '';
          this.editing = true;
        } else return;
        event.stopPropagation();
        break;
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        // The caret moves in the text box, as in any text field; the option is let go.
        this.active = -1;
        return;
      default:
        return;
    }
    event.preventDefault();
  }

  /** The button browses the whole list, whatever was typed. */
  private toggle() {
    if (this.open) this.hide();
    else this.show('');
    this.input?.focus();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('options') || changed.has('slotted')) whenIdle(this.matcher);
    if (changed.has('active') && this.active >= 0) this.renderRoot.querySelector(`#option-${this.active}`)?.scrollIntoView({ block: 'nearest' });
  }

  private renderStatus() {
    const { localize } = this;
    const more = this.results.length - SHOWN;
    const status = this.loading
      ? localize.term('comboboxSearching')
      : this.failed
        ? localize.term('comboboxSearchFailed')
        : !this.results.length
          ? localize.term('comboboxNoMatches')
          : more > 0
            ? localize.plural('comboboxMore', more)
            : '';
    return status ? html`<p part="status" class="status">${status}</p>` : nothing;
  }

  override render() {
    const shown = this.results.slice(0, SHOWN);
    const expanded = this.open && !this.isDisabled;
    return this.renderField(
      html`<div class="box">
        <input
          part="input"
          id="control"
          class="input control focusable"
          role="combobox"
          autocomplete="off"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="listbox"
          aria-activedescendant=${expanded && this.active >= 0 ? `option-${this.active}` : nothing}
          aria-invalid=${this.showError ? 'true' : nothing}
          aria-describedby=${this.describedBy(this.notice ? 'notice' : '') || nothing}
          .value=${this.text}
          ?disabled=${this.isDisabled}
          ?required=${this.required}
          @input=${this.handleInput}
          @keydown=${this.handleKeydown}
          @click=${this.show}
        />
        <button
          part="button"
          class="toggle"
          type="button"
          tabindex="-1"
          aria-label=${this.localize.term('comboboxShowOptions')}
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="listbox"
          ?disabled=${this.isDisabled}
          @mousedown=${(event: Event) => event.preventDefault()}
          @click=${this.toggle}
        ></button>
        <div class="popup" ?hidden=${!expanded} @mousedown=${(event: Event) => event.preventDefault()}>
          <ul part="listbox" id="listbox" role="listbox" aria-labelledby="label">
            ${expanded
              ? shown.map(
                  (option, i) =>
                    html`<li
                      part="option"
                      id="option-${i}"
                      role="option"
                      aria-selected=${i === this.active ? 'true' : 'false'}
                      aria-disabled=${option.disabled ? 'true' : nothing}
                      @click=${() => this.choose(option)}
                    >
                      ${option.label}
                    </li>`,
                )
              : nothing}
          </ul>
          ${expanded ? this.renderStatus() : nothing}
        </div>
      </div>
      ${this.notice ? html`<p class="notice" id="notice">${this.notice}</p>` : nothing}
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
