import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { GerFormAssociatedElement } from './form-associated.js';
import { formControlStrings } from '../locales/form-control.js';
import type { ComponentStrings } from '../locales/strings.js';
import type { FieldValue } from './field-value.js';
import { requiredValidator, runValidators, type ValidatedControl, type ValidationResult, type Validator } from './validators.js';

export type { FieldValue };

const REQUIRED = requiredValidator();

/**
 * The base of Ger's form controls: everything a native control does, so each control only
 * renders its input and says what is wrong with its value.
 *
 * - value: `jsonValue` (what drafts and JSON submission use) and the form value sent with the form;
 * - validation by validators (see `Validator`): the control's own, then any in `validators`,
 *   with messages in the page's language; `checkValidity()`, `reportValidity()`,
 *   `setCustomValidity()`, `validity`, `validationMessage`, as on a native control;
 * - `:state(user-invalid)` and a visible error only once the user has changed the value or tried
 *   to send the form, never while they are still typing for the first time;
 * - the label (inside the shadow root: cross-root `aria-labelledby` does not work), hint,
 *   required and optional markers;
 * - form reset (`formResetCallback`) to `defaultValue`, and back/forward restore (`formStateRestoreCallback`).
 */
export abstract class GerFormControl extends GerFormAssociatedElement implements ValidatedControl {
  static override strings: ComponentStrings = formControlStrings;
  static override shadowRootOptions: ShadowRootInit = { mode: 'open', delegatesFocus: true };

  static override properties: PropertyDeclarations = {
    label: {},
    hint: {},
    required: { type: Boolean, reflect: true },
    optional: { type: Boolean },
    error: {},
    validators: { attribute: false },
    touched: { state: true },
  };

  /** The label, shown above the control and read as its name. */
  label = '';

  /** Help shown under the label and read after it, such as the expected format. */
  hint = '';

  /** The control must have a value before the form is sent; shows "(заавал)". */
  required = false;

  /** Shows "(заавал биш)" after the label, for an optional field in a form of mostly required ones. */
  optional = false;

  /**
   * An error to show at once, such as one the server found after the form was sent. It stays
   * until cleared or until the user changes the value (the server judged the old one, and the form
   * must be sendable again); `setCustomValidity()` does the same without showing it before interaction.
   */
  error = '';

  /**
   * Your own checks, run after the control's (see `Validator`): the first that finds something
   * wrong sets `validity` and the message, and stops the form from being sent.
   */
  validators: Validator[] = [];

  /** Set once the user has changed the value or tried to send the form: errors show from then on. */
  protected touched?: boolean;

  /**
   * Set once the reader changed the value (an `input` event), as a native control's dirty flag:
   * from then on its default's attribute (a template rendered again, a fragment a server swaps in)
   * no longer replaces what they typed or chose. Form reset clears it.
   */
  protected dirty?: boolean;

  /** What is wrong with the value now, if anything. */
  protected problem?: ValidationResult;

  private customMessage?: string;

  /** The value as JSON; setting it (from a draft, or back/forward restore) updates the control. */
  abstract get jsonValue(): FieldValue;
  abstract set jsonValue(value: FieldValue);

  /**
   * The control's own checks, in order, `required` first. Some come with a part that loads
   * later (see `LazyPartController`): until then the control checks what it can.
   */
  protected builtInValidators(): Validator[] {
    return [REQUIRED];
  }

  /** Says what is wrong with the value, or nothing. Must not touch the DOM (it runs on the server). */
  protected validate(): ValidationResult | undefined {
    return runValidators(this.jsonValue, this, this.builtInValidators().concat(Array.isArray(this.validators) ? this.validators : []));
  }

  /**
   * The `value` attribute, as a native input's `defaultValue` (React's `defaultValue` prop). In a
   * control the user fills in or chooses in, it is the value a form reset puts back (without it, a
   * select or combobox goes back to its `selected` option, a radio group to its `checked` radio).
   * Setting it sets the attribute, and so the value as well until the reader changed it (as on a
   * native control); unset, it is `''`.
   */
  get defaultValue(): string {
    return this.getAttribute('value') ?? '';
  }
  set defaultValue(value: string) {
    // Unset (a React prop no longer given) is empty, not the text "undefined".
    this.setAttribute('value', value ?? '');
  }

  /** Puts the value back to the one in the markup (form reset). */
  protected abstract restoreDefault(): void;

  /** The value as the form sends it. */
  protected formValue(): File | string | FormData | null {
    const value = this.jsonValue;
    return value == null ? null : String(value);
  }

  /**
   * What the browser keeps to restore the control after back/forward or a restart
   * (`formStateRestoreCallback`); `null` keeps nothing, as for a password.
   */
  protected formState(): string | null {
    return JSON.stringify(this.jsonValue);
  }

  /** What the form sends for this control, as `[name, value]` pairs: none while disabled or empty. */
  entries(): [string, FormDataEntryValue][] {
    const value = this.formValue();
    if (this.isDisabled || value == null) return [];
    return typeof value === 'object' && 'entries' in value ? [...value] : this.name ? [[this.name, value]] : [];
  }

  /** The value in words, for check answers: an option's label rather than its code. */
  get displayValue(): string {
    const value = this.jsonValue;
    return Array.isArray(value) ? value.join(', ') : value == null ? '' : String(value);
  }

  constructor() {
    super();
    // The form fires `invalid` on each control when sending fails: show the errors from then on.
    // A listener on the element itself, not the DOM around it: safe in a constructor and on the server.
    this.addEventListener('invalid', () => (this.touched = true));
    // Its own: an event from its shadow root arrives retargeted to it; one from a control put inside it (slotted) does not count.
    this.addEventListener('input', (event) => (this.dirty ||= event.target == this));
  }

  /** Any property change updates the form value and validity at once, so the form never reads a stale value. */
  override requestUpdate(...args: Parameters<GerFormAssociatedElement['requestUpdate']>): void {
    super.requestUpdate(...args);
    if (args[0] && this.hasUpdated) this.commit();
  }

  protected override willUpdate(_changed?: PropertyValues): void {
    this.commit();
  }

  /** Hands the value and its validity to the form. */
  protected commit(): void {
    const custom = this.error || this.customMessage;
    const problem = custom ? { flag: 'customError' as const, message: custom } : this.validate();
    this.problem = problem;
    this.internals.setFormValue(this.formValue(), this.formState());
    const anchor = this.renderRoot?.querySelector?.<HTMLElement>('.control') ?? undefined;
    this.internals.setValidity(problem ? { [problem.flag]: true } : {}, problem?.message, anchor);
    try {
      this.internals.states?.[this.showError ? 'add' : 'delete']('user-invalid');
    } catch {
      // A browser without the standard `:state()`: the error message still shows.
    }
  }

  /** The user has interacted and the value is wrong: the error shows. */
  protected get showError(): boolean {
    return (this.touched || !!this.error) && !!this.problem && !this.isDisabled;
  }

  /**
   * The attribute that holds the default (`value`; a checkbox's `checked`, as its `value` is what
   * it sends) sets the value until the reader changed it.
   */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (!this.dirty || name != ('checked' in this ? 'checked' : 'value')) super.attributeChangedCallback(name, old, value);
  }

  /** The user changed the value: errors show from now on, and `change` fires as on a native control. */
  protected changed(): void {
    this.touched = true;
    this.error = '';
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  get validity(): ValidityState {
    this.commit();
    return this.internals.validity;
  }

  get validationMessage(): string {
    this.commit();
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Like a native control: `false` and an `invalid` event when the value is wrong (the error then shows). */
  checkValidity(): boolean {
    this.commit();
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    this.commit();
    return this.internals.reportValidity();
  }

  /** Marks the control invalid with your own message (e.g. from the server); `''` clears it. */
  setCustomValidity(message: string): void {
    this.customMessage = message;
    this.commit();
    this.requestUpdate();
  }

  formResetCallback(): void {
    this.touched = this.dirty = false;
    this.restoreDefault();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      this.jsonValue = JSON.parse(state) as FieldValue;
      // The reader's own answer, brought back: the default no longer replaces it.
      this.dirty = true;
    } catch {
      // A state this version did not write: keep the default.
    }
  }

  /** Ids the control's `aria-describedby` lists: the hint and the error when shown. */
  protected describedBy(...more: string[]): string {
    return [this.hint ? 'hint' : '', this.showError ? 'error' : '', ...more].filter(Boolean).join(' ');
  }

  /** The required or optional marker, after the label. */
  protected marker(): unknown {
    const marker = this.required ? 'fieldRequired' : this.optional ? 'fieldOptional' : '';
    // One text node with its leading space: a separate whitespace node is dropped from the accessible name.
    return marker ? html`<span class="marker">${` ${this.localize.term(marker)}`}</span>` : nothing;
  }

  /** The label text with its marker. */
  protected labelText(): TemplateResult {
    return html`${this.label}${this.marker()}`;
  }

  /** Hint and error message, in that order, as GOV.UK places them. */
  protected renderMessages(): TemplateResult {
    return html`${this.hint ? html`<div part="hint" class="hint" id="hint">${this.hint}</div>` : nothing}${
      this.showError
        ? html`<p part="error" class="error" id="error">
          <span class="visually-hidden">${this.localize.term('errorPrefix')}</span> ${this.problem!.message}
        </p>`
        : nothing
    }`;
  }

  /** A single control: `<label>` for the element with id `control`, messages, the control, then `after`. */
  protected renderField(control: unknown, after: unknown = nothing): TemplateResult {
    return html`<div part="base" class="field ${this.showError ? 'invalid' : ''}">
      <label part="label" class="label" id="label" for="control">${this.labelText()}</label>
      ${this.renderMessages()}${control}${after}
    </div>`;
  }
}
