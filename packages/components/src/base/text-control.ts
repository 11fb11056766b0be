import { property } from 'lit/decorators.js';
import { CharacterCountController } from '../controllers/character-count.js';
import { textStrings } from '../locales/forms/text.js';
import { addStrings } from '../locales/registry.js';
import { GerFormControl, type Problem } from './form-control.js';

addStrings(textStrings);

/**
 * The base of controls the user types into (text field, text area, registration number):
 * a text value, an optional length limit with a character count, and `autocomplete`.
 */
export abstract class GerTextControl extends GerFormControl {
  /** The current text. The `value` attribute is the default, restored on form reset. */
  @property() value = '';

  /** Maximum length; shows a character count. Longer text is kept and reported as an error. */
  @property({ type: Number }) maxlength?: number;

  /** Tells the browser what to fill in (`name`, `email`, `tel`, `street-address`...). */
  @property() autocomplete = '';

  protected readonly counter = new CharacterCountController(this, this.localize);

  get jsonValue() {
    return this.value;
  }
  set jsonValue(value) {
    this.value = value == null ? '' : String(value);
  }

  protected restoreDefault(): void {
    this.value = this.getAttribute('value') ?? '';
  }

  protected get length(): number {
    return [...this.value].length;
  }

  protected validate(): Problem | undefined {
    const value = this.value.trim();
    if (!value) return this.required ? { flag: 'valueMissing', message: this.localize.term('valueMissing') } : undefined;
    if (this.maxlength && this.length > this.maxlength) return { flag: 'tooLong', message: this.localize.plural('tooLong', this.maxlength) };
    return this.validateText(value);
  }

  /** Checks a non-empty value's format. */
  protected validateText(_value: string): Problem | undefined {
    return undefined;
  }

  /** Turns what was typed into the value; the registration number converts Latin letters here. */
  protected accept(control: HTMLInputElement | HTMLTextAreaElement): void {
    this.value = control.value;
  }

  protected handleInput(event: Event): void {
    this.accept(event.target as HTMLInputElement);
    if (this.maxlength) this.counter.typed(this.length, this.maxlength);
  }

  /** Ids for `aria-describedby`: hint, error and the character count. */
  protected get descriptions(): string {
    return this.describedBy(this.maxlength ? 'count' : '');
  }

  /** The character count, when there is a limit. */
  protected renderCount(): unknown {
    return this.maxlength ? this.counter.render(this.length, this.maxlength) : undefined;
  }
}
