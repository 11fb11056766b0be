import { html, nothing } from 'lit';
import { property, state } from '../base/decorators.js';
import { GerFormGroup } from '../base/form-group.js';
import { defineElement } from '../base/ger-element.js';
import { LazyPartController } from '../base/lazy-part.js';
import type { Validator } from '../base/validators.js';
import type { TermKey } from '../locales/translation.js';
import { fieldStyles } from '../styles/field.styles.js';
import { inputStyles } from '../styles/input.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { isoDate } from '../utils/date.js';
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
 * Errors show once the user leaves the whole date, not between its boxes. The checks load with
 * the field, a moment after the page (`await updateComplete` before reading `validity` in code).
 *
 * @csspart base - The `<fieldset>`.
 * @csspart label - The `<legend>`: the question.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart input - Each of the three inputs.
 *
 * @fires input - On every change of a box.
 * @fires change - When the user leaves the date after changing it.
 */
export class GerDateInput extends GerFormGroup {
  static override styles = [...sharedStyles, fieldStyles, inputStyles, dateInputStyles];
  static override strings = combineStrings(formControlStrings, dateInputStrings);

  /** Earliest date allowed, `YYYY-MM-DD` or `today`. */
  @property() min = '';

  /** Latest date allowed, `YYYY-MM-DD` or `today` (for a date of birth). */
  @property() max = '';

  /** `bday` for a date of birth: the browser may fill in each part. */
  @property() autocomplete = '';

  @state() private parts: Record<Part, string> = { year: '', month: '', day: '' };

  private dirty = false;
  /** The date validator and dates in words load with the field, before anyone can type in it. */
  private readonly checks = new LazyPartController(this, { load: () => import('./date-validator.js') });

  constructor() {
    super();
    // The date is one answer: it counts as changed when focus leaves all three boxes.
    this.addEventListener('focusout', (event) => {
      if (this.dirty && !this.shadowRoot?.contains(event.relatedTarget as Node)) {
        this.dirty = false;
        this.changed();
      }
    });
  }

  /** `YYYY-MM-DD` once it is a real date; otherwise the parts as typed, `year-month-day`. */
  @property()
  get value(): string {
    const { year, month, day } = this.parts;
    if (!year && !month && !day) return '';
    return isoDate(year, month, day) ?? `${year}-${month}-${day}`;
  }
  set value(value: string) {
    const [year = '', month = '', day = ''] = (value ?? '').split('-');
    this.parts = { year, month, day };
  }

  get jsonValue() {
    return this.value;
  }
  set jsonValue(value) {
    this.value = value == null ? '' : String(value);
  }

  /** The date in words ("1985 оны гуравдугаар сарын 7", "March 7, 1985") once it is a real date. */
  override get displayValue(): string {
    const { year, month, day } = this.parts;
    const iso = isoDate(year, month, day);
    return iso && this.checks.module ? this.checks.module.dateInWords(this.localize, iso) : this.value;
  }

  protected restoreDefault(): void {
    this.value = this.getAttribute('value') ?? '';
  }

  protected override builtInValidators(): Validator[] {
    const date = this.checks.module?.dateValidator;
    return date ? [...super.builtInValidators(), date] : super.builtInValidators();
  }

  private handleInput(part: Part, event: Event) {
    this.parts = { ...this.parts, [part]: (event.target as HTMLInputElement).value };
    this.dirty = true;
  }

  override render() {
    const bday = this.autocomplete === 'bday';
    return this.renderGroup(
      html`<div class="parts">
        ${PARTS.map(
          ([part, label, width]) => html`<div class="part">
            <label for=${part}>${this.localize.term(label)}</label>
            <input
              part="input"
              id=${part}
              class="input focusable ${part === 'year' ? 'control' : ''} w${width}"
              inputmode="numeric"
              spellcheck="false"
              autocomplete=${bday ? `bday-${part}` : 'off'}
              .value=${this.parts[part]}
              ?disabled=${this.isDisabled}
              aria-invalid=${this.showError ? 'true' : nothing}
              @input=${(event: Event) => this.handleInput(part, event)}
            />
          </div>`,
        )}
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
