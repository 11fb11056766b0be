import { html, isServer, nothing, type PropertyDeclarations } from 'lit';
import { GerFormGroup } from '../base/form-group.js';
import { defineElement } from '../base/ger-element.js';
import { LazyPartController } from '../base/lazy-part.js';
import type { Validator } from '../base/validators.js';
import type { TermKey } from '../locales/translation.js';
import { groupStyles } from '../styles/group.styles.js';
import { inputStyles } from '../styles/input.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { dateText, isoDate } from '../utils/date.js';
import type { PickerHost } from './picker.js';
import { dateInputStyles } from './date-input.styles.js';
import { dateInputStrings } from '../locales/date-input.js';
import { formControlStrings } from '../locales/form-control.js';
import { combineStrings } from '../locales/strings.js';

type Part = 'year' | 'month' | 'day';
/** Mongolian order, whatever the language: year, month, day (as ISO 8601). */
const PARTS: [Part, TermKey, number][] = [
  ['year', 'dateYear', 4],
  ['month', 'dateMonth', 2],
  ['day', 'dateDay', 2],
];

/**
 * @tagname ger-date-input
 * @summary A date typed as year, month and day, in Mongolian order, such as a date of birth.
 *
 * Three text boxes with a numeric keyboard, as GOV.UK advises for dates people know (a
 * calendar picker is slower for a date of birth). The value is `YYYY-MM-DD` once the three make
 * a real date; until then it is what was typed (`1990-13-`), so nothing is lost in a draft.
 * With `picker`, a "Choose date" button beside the boxes opens a calendar for a date people
 * pick rather than know (an appointment), within `min`, `max` and outside `unavailable` days.
 * Errors show once the user leaves the whole date, not between its boxes. The checks load with
 * the field, a moment after the page (`await updateComplete` before reading `validity` in code).
 *
 * @csspart base - The `<fieldset>`.
 * @csspart label - The `<legend>`: the question.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart input - Each of the three inputs.
 * @csspart picker - The "Choose date" button (`picker`).
 *
 * @fires input - On every change of a box.
 * @fires change - When the user leaves the date after changing it, or chooses a day in the calendar.
 *
 * @cssprop --ger-border-width-thin - Decorative dividers.
 * @cssprop --ger-button-border-width - Border of every button variant (transparent on filled ones, so sizes match and forced-colors mode shows an edge).
 * @cssprop --ger-button-font-weight - Button label weight.
 * @cssprop --ger-button-min-size - Minimum block and inline size of a button: the 44 px target.
 * @cssprop --ger-button-padding-block - Block padding.
 * @cssprop --ger-button-padding-inline - Inline padding.
 * @cssprop --ger-button-primary-background - Primary button fill.
 * @cssprop --ger-button-primary-background-hover - Primary button fill on hover.
 * @cssprop --ger-button-primary-foreground - Primary button label.
 * @cssprop --ger-button-quiet-foreground - Quiet button label: looks like a link, works like a button.
 * @cssprop --ger-button-quiet-foreground-hover - Quiet button label on hover.
 * @cssprop --ger-button-radius - Corner radius of buttons.
 * @cssprop --ger-button-secondary-background - Secondary button fill.
 * @cssprop --ger-button-secondary-background-hover - Secondary button fill on hover.
 * @cssprop --ger-button-secondary-border - Secondary button border: the brand colour, at least 3:1 on the surface.
 * @cssprop --ger-button-secondary-foreground - Secondary button label.
 * @cssprop --ger-button-secondary-foreground-hover - Secondary button label on hover (on the brand tint).
 * @cssprop --ger-color-border-control - Borders of inputs and controls: 3:1 against surfaces (WCAG 1.4.11).
 * @cssprop --ger-color-brand - Strong brand fill: primary buttons, selected states. Also for icons and borders on surfaces (3:1). Large headings may use it as text (3:1).
 * @cssprop --ger-color-brand-subtle - Tinted brand surface: banners, tags, highlighted rows.
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-on-brand - Text and icons on color.brand and color.brand-hover.
 * @cssprop --ger-color-on-brand-subtle - Text and icons on color.brand-subtle.
 * @cssprop --ger-color-surface-raised - Cards, dialogs, menus.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-color-text-muted - Secondary text: hints, captions, metadata. Still 4.5:1 on every surface.
 * @cssprop --ger-duration-fast - Hover and press feedback.
 * @cssprop --ger-easing-standard - Movement within the page.
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
 * @cssprop --ger-line-height-tight - Single-line UI text: buttons, tags. Never for paragraphs.
 * @cssprop --ger-radius-md - Buttons, cards and banners.
 * @cssprop --ger-shadow-md - Dropdowns, popovers.
 * @cssprop --ger-size-target-minimum - Minimum size of every interactive target: 44 px at default text size (WCAG 2.5.5 AAA, the Ger standard).
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 * @cssstate user-invalid - The value is wrong and the user has changed it or tried to submit: the error shows.
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 *
 * @cssprop --ger-border-width-thick - Control borders (inputs, secondary buttons).
 * @cssprop --ger-color-surface-sunken - Wells, code blocks, table stripes.
 */
export class GerDateInput extends GerFormGroup implements PickerHost {
  static override styles = [...sharedStyles, ...groupStyles, inputStyles, dateInputStyles];
  static override strings = combineStrings(formControlStrings, dateInputStrings);
  static override properties: PropertyDeclarations = {
    min: {},
    max: {},
    autocomplete: {},
    picker: { type: Boolean },
    unavailable: {},
    parts: { state: true, attribute: false },
    value: {},
  };

  /** Earliest date allowed, `YYYY-MM-DD` or `today` (from a script, a `Date` too). */
  min: string | Date = '';

  /** Latest date allowed, `YYYY-MM-DD` or `today` (for a date of birth; from a script, a `Date` too). */
  max: string | Date = '';

  /** `bday` for a date of birth: the browser may fill in each part. */
  autocomplete = '';

  /**
   * Adds a "Choose date" button beside the boxes that opens a calendar (the WAI-ARIA date picker
   * dialog), for a date people pick rather than know, such as an appointment. Typing stays the
   * main way. The button loads with the field, a moment after the page (it is not server-rendered);
   * the calendar's code when the reader first reaches for the button.
   */
  picker?: boolean;

  /**
   * Days that cannot be chosen, such as the days an office is closed: ISO dates (`2027-02-09`)
   * and weekdays (`saturday`), as a list, or as text split by spaces or commas (the attribute:
   * `unavailable="saturday sunday"`). The calendar marks them unavailable; a typed one is an error.
   */
  unavailable?: readonly string[] | string;

  private parts: Record<Part, string> = { year: '', month: '', day: '' };

  /** Typed in since the last `change`. */
  private edited = false;
  /** The date validator and dates in words load with the field, before anyone can type in it. */
  private readonly checks = new LazyPartController(this, { load: () => import('./date-validator.js') });
  /** The "Choose date" button and, through it, the calendar (`picker`): see picker.ts. */
  private readonly pickerPart = new LazyPartController(this, { load: () => import('./picker.js'), when: 'request' });

  constructor() {
    super();
    // The date is one answer: it counts as changed when focus leaves all three boxes.
    this.addEventListener('focusout', (event) => {
      if (this.edited && !this.shadowRoot?.contains(event.relatedTarget as Node)) {
        this.edited = false;
        this.changed();
      }
    });
  }

  /** The parts without the spaces around them (pasted, or left by the keyboard): they are not part of the date. */
  private get typed(): Record<Part, string> {
    const { year, month, day } = this.parts;
    return { year: year.trim(), month: month.trim(), day: day.trim() };
  }

  /** `YYYY-MM-DD` once it is a real date; otherwise the parts as typed, `year-month-day`. */
  get value(): string {
    const { year, month, day } = this.typed;
    if (!year && !month && !day) return '';
    return isoDate(year, month, day) ?? `${year}-${month}-${day}`;
  }
  set value(value: string | Date) {
    const text = dateText(value);
    // The same date given back (a framework's controlled field writes it on every input) keeps
    // the boxes as typed: "3" does not become "03" under the reader's fingers.
    if (text === this.value) return;
    const [year = '', month = '', day = ''] = text.split('-');
    this.parts = { year, month, day };
  }

  get jsonValue() {
    return this.value;
  }
  set jsonValue(value) {
    this.value = value as string;
  }

  /** The date in words ("1985 оны гуравдугаар сарын 7", "March 7, 1985") once it is a real date. */
  override get displayValue(): string {
    const { year, month, day } = this.typed;
    const iso = isoDate(year, month, day);
    return iso && this.checks.module ? this.checks.module.dateInWords(this.localize, iso) : this.value;
  }

  protected restoreDefault(): void {
    this.value = this.defaultValue;
  }

  protected override builtInValidators(): Validator[] {
    return super.builtInValidators().concat(this.checks.module?.dateValidator ?? []);
  }

  /** @internal The calendar chose a day. */
  pickedDay(): void {
    this.changed();
  }

  private handleInput(part: Part, event: Event) {
    this.parts = { ...this.parts, [part]: (event.target as HTMLInputElement).value };
    this.edited = true;
  }

  /**
   * The boxes the error is about: those left empty when others are filled (GOV.UK's pattern), else
   * all three. The first of them is where the error summary's link and the browser's message go.
   */
  private wrongParts(): Part[] {
    const empty = PARTS.map(([part]) => part).filter((part) => !this.typed[part]);
    // A box holding dashes (a whole date pasted into one) is not a date: the checks judge all three.
    return empty.length % 3 && !/-/.test(Object.values(this.typed).join('')) ? empty : ['year', 'month', 'day'];
  }

  /** Focus goes to the first box the error is about (the error summary's link focuses the field). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.control')?.focus(options);
  }

  override render() {
    const bday = this.autocomplete === 'bday';
    const wrong = this.wrongParts();
    // The button's part loads as it is first drawn (never on the server); it draws itself once in.
    if (this.picker && !isServer)
      this.pickerPart.load().catch(() => {
        // Said in the console by the controller; the boxes still take the date.
      });
    return this.renderGroup(
      html`<div class="parts">
        ${PARTS.map(
          ([part, label, width]) => html`<div class="part">
            <label for=${part}>${this.localize.term(label)}</label>
            <input
              part="input"
              id=${part}
              class="input focusable ${part === wrong[0] ? 'control' : ''} w${width}"
              inputmode="numeric"
              spellcheck="false"
              autocomplete=${bday ? `bday-${part}` : 'off'}
              .value=${this.parts[part]}
              ?disabled=${this.isDisabled}
              aria-invalid=${this.showError && wrong.includes(part) ? 'true' : nothing}
              @input=${(event: Event) => this.handleInput(part, event)}
            />
          </div>`,
        )}
        ${this.pickerPart.module?.render(this)}
      </div>`,
    );
  }
}

defineElement('ger-date-input', GerDateInput);

declare global {
  interface HTMLElementTagNameMap {
    'ger-date-input': GerDateInput;
  }
}
