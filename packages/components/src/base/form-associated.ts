import type { PropertyDeclarations } from 'lit';
import { GerBaseElement } from './ger-element.js';

/**
 * The base of every element that takes part in a `<form>` through `ElementInternals`:
 * it knows its form, its name, and whether it or an enclosing `<fieldset>` is disabled.
 * Controls that hold a value build on `GerFormControl` (form-control.ts), which adds the value,
 * validation, label and hint; this class stays small for buttons.
 */
export class GerFormAssociatedElement extends GerBaseElement {
  static formAssociated = true;

  static override properties: PropertyDeclarations = {
    name: { reflect: true, converter: { toAttribute: (name: string) => name || null } },
    disabled: { type: Boolean, reflect: true },
    disabledByForm: { state: true },
  };

  protected readonly internals: ElementInternals = this.attachInternals();

  /**
   * The name under which the value is sent with the form. Reflected: the form reads the
   * `name` attribute of a form-associated element, so a name set as a property must reach it.
   */
  name = '';

  /** Disables the element; it is skipped by Tab and its value is not sent. */
  disabled = false;

  /** Set while an enclosing `<fieldset disabled>` disables the element. */
  protected disabledByForm = false;

  /** The form the element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Disabled by its own attribute or by an enclosing fieldset. */
  protected get isDisabled(): boolean {
    return this.disabled || this.disabledByForm;
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabledByForm = disabled;
  }
}
