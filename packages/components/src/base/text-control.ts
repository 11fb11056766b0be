import { isServer, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { CharacterCountController } from '../controllers/character-count.js';
import { GerFormControl } from './form-control.js';
import { submitThroughDefaultButton } from '../utils/submit-on-enter.js';
import { isComposing } from '../utils/composing.js';
import { LazyPartController } from './lazy-part.js';
import type { Validator } from './validators.js';

/**
 * The base of controls the user types into (text field, text area, registration number):
 * a text value, an optional length limit with a character count, and `autocomplete`.
 */
export abstract class GerTextControl extends GerFormControl {
  static override properties: PropertyDeclarations = { value: {}, maxlength: { type: Number }, autocomplete: {} };

  /**
   * The current text. The `value` attribute is the default, restored on form reset. Whatever a
   * script sets is its text, as on a native input: `5` is "5", `null` is empty.
   */
  get value(): string {
    return this.text;
  }
  set value(value: string) {
    this.text = value == null ? '' : String(value);
  }

  private text = '';

  /** Maximum length; shows a character count. Longer text is kept and reported as an error. */
  maxlength?: number;

  /** Tells the browser what to fill in (`name`, `email`, `tel`, `street-address`...). */
  autocomplete = '';

  private counter?: CharacterCountController;

  /** Typed since the last `change`. */
  private typed?: boolean;

  /** The character count and the length check, loaded with the first field that has a limit; most pages have none. */
  private readonly counting = new LazyPartController(this, {
    load: () => import('../controllers/character-count.js'),
    when: 'request',
    loaded: (module) => {
      this.counter = new module.CharacterCountController(this);
    },
  });

  get jsonValue() {
    return this.value;
  }
  set jsonValue(value) {
    this.value = value as string;
  }

  protected restoreDefault(): void {
    this.value = this.defaultValue;
    // What was typed is gone: a later Enter commits nothing.
    this.typed = false;
  }

  protected get length(): number {
    return [...this.value].length;
  }

  protected override builtInValidators(): Validator[] {
    return super.builtInValidators().concat(this.counting.module?.maxLengthValidator ?? []);
  }

  /** Turns what was typed into the value; the registration number converts Latin letters here. */
  protected accept(control: HTMLInputElement | HTMLTextAreaElement): void {
    this.value = control.value;
  }

  protected handleInput(event: Event): void {
    this.typed = true;
    this.accept(event.target as HTMLInputElement);
    this.counter?.typed(this.length);
  }

  /**
   * Commits what was typed: `change` fires (and a server's `error` goes), on leaving the field and
   * on Enter before the form is sent, as in a native field, where Enter fires `change` first.
   */
  protected commitTyping(): void {
    if (this.typed) this.changed();
    this.typed = false;
  }

  /**
   * Enter commits what was typed, then submits the form through its default button, as in a native
   * field. For a single-line control's input (`@keydown`).
   */
  protected submitOnEnter(event: KeyboardEvent): void {
    if (event.key == 'Enter' && !isComposing(event)) {
      this.commitTyping();
      submitThroughDefaultButton(event, this.form);
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Any maxlength given loads the count, which also says when the value is not a limit.
    if (this.maxlength != null && !isServer) void this.counting.load();
    super.willUpdate(changed);
  }

  /** Ids for `aria-describedby`: hint, error and the character count. */
  protected get descriptions(): string {
    return this.describedBy(this.counter?.counting ? 'count' : '');
  }

  /** The character count, when there is a limit. */
  protected renderCount(): unknown {
    return this.counter?.render(this.length);
  }
}
