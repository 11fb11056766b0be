import { html, nothing, type PropertyDeclarations } from 'lit';
import { defineElement } from '../base/ger-element.js';
import { GerTextControl } from '../base/text-control.js';
import type { Validator } from '../base/validators.js';
import { formControlStrings } from '../locales/form-control.js';
import { passwordInputStrings } from '../locales/password-input.js';
import { combineStrings } from '../locales/strings.js';
import { actionStyles } from '../styles/action.styles.js';
import { secondaryActionStyles } from '../styles/action-secondary.styles.js';
import { fieldStyles } from '../styles/field.styles.js';
import { inputStyles } from '../styles/input.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { announce } from '../utils/announce.js';
import { warnOnce } from '../utils/warn.js';
import { passwordInputStyles } from './password-input.styles.js';

export const PASSWORD_AUTOCOMPLETE = ['current-password', 'new-password'] as const;
export type PasswordAutocomplete = (typeof PASSWORD_AUTOCOMPLETE)[number];

/** What a password's validators read of the control. */
interface PasswordControl extends GerPasswordInput {
  readonly minimumLength: number;
}

/** `minlength`: counted in characters as the reader sees them (an emoji is one), like `maxlength`. */
const minLengthValidator: Validator<unknown, PasswordControl> = {
  key: 'minlength',
  check: (value, control) => {
    const min = control.minimumLength;
    return min && [...String(value)].length < min ? { flag: 'tooShort', message: control.localize.term('passwordTooShort', { min }) } : undefined;
  },
};

/**
 * @tagname ger-password-input
 * @summary A password field, to sign in (`autocomplete="current-password"`, the default) or to
 * choose a new password (`autocomplete="new-password"`).
 *
 * A "Show" toggle button (`aria-pressed`) shows the password as text and hides it again; the
 * change is announced. Pasting is always allowed, so password managers work. While Caps Lock
 * is on a notice shows under the field and is announced once. The password is sent with the form
 * and kept nowhere else: not in `ger-form-steps` drafts, not in the browser's saved form state,
 * not in check answers, never in the console. It is hidden again before the form is sent, so the
 * browser never offers to remember it as plain text.
 *
 * @csspart base - The field: label, hint, error and input.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart input - The native `<input>`.
 * @csspart toggle - The show / hide button.
 * @csspart caps-lock - The Caps Lock notice.
 * @csspart count - The character count (with `maxlength`).
 *
 * @fires input - On every change of the text.
 * @fires change - When the user commits a change (leaves the field after editing).
 * @cssstate user-invalid - The value is wrong and the user has changed it or tried to submit: the error shows.
 */
export class GerPasswordInput extends GerTextControl {
  static override styles = [...sharedStyles, fieldStyles, inputStyles, actionStyles, secondaryActionStyles, passwordInputStyles];
  static override strings = combineStrings(formControlStrings, passwordInputStrings);
  static override properties: PropertyDeclarations = {
    minlength: { type: Number },
    shown: { state: true },
    capsLock: { state: true },
  };

  /** Fewest characters allowed; a shorter password is reported ("at least 8 characters"). */
  minlength?: number;

  /** The password shows as text. */
  protected shown = false;

  /** Caps Lock was on at the last key pressed in the field. */
  protected capsLock = false;

  /** Tells drafts and check answers that this value is kept nowhere but the form (see `isSecret`). */
  readonly secret = true;

  private watchedForm: HTMLFormElement | null = null;

  protected get purpose(): PasswordAutocomplete {
    return this.oneOf('autocomplete', this.autocomplete, PASSWORD_AUTOCOMPLETE, 'current-password');
  }

  /** `minlength` when it is a whole number above 0; anything else is no limit, with one warning. */
  get minimumLength(): number {
    const min = this.minlength;
    if (min == null) return 0;
    if (Number.isInteger(min) && min > 0) return min;
    warnOnce(`<ger-password-input> minlength="${this.getAttribute('minlength') ?? min}" is not a whole number above 0; no minimum is checked.`);
    return 0;
  }

  /** Check answers lists that a password was given, never the password. */
  override get displayValue(): string {
    return this.value ? this.localize.term('passwordConcealed') : '';
  }

  protected override builtInValidators(): Validator[] {
    return [...super.builtInValidators(), minLengthValidator as Validator];
  }

  /** The browser keeps no copy to restore after back/forward, as for a native password field. */
  protected override formState(): string | null {
    return null;
  }

  override formStateRestoreCallback(): void {
    // Nothing is saved (formState), so nothing comes back.
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.shown = false;
  }

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.watchedForm?.removeEventListener('submit', this.hideOnSubmit);
    this.watchedForm = form;
    form?.addEventListener('submit', this.hideOnSubmit);
  }

  /** Hidden before sending: a browser offers to save a password shown as text as an ordinary entry. */
  private hideOnSubmit = () => {
    this.shown = false;
    // Rendered at once: the browser reads the input's type as the form goes.
    this.performUpdate();
  };

  private toggle() {
    this.shown = !this.shown;
    announce(this.localize.term(this.shown ? 'passwordShown' : 'passwordHidden'), this.localize.lang);
  }

  private readCapsLock(event: KeyboardEvent) {
    // Some keyboards (on-screen, phones) have no Caps Lock: getModifierState is then false.
    const on = event.getModifierState?.('CapsLock') ?? false;
    if (on && !this.capsLock) announce(this.localize.term('passwordCapsLock'), this.localize.lang);
    this.capsLock = on;
  }

  override render() {
    const shown = this.shown && !this.isDisabled;
    const caps = this.capsLock && !this.isDisabled;
    const input = html`<input
      part="input"
      id="control"
      class="input control focusable"
      type=${shown ? 'text' : 'password'}
      .value=${this.value}
      ?disabled=${this.isDisabled}
      ?required=${this.required}
      autocomplete=${this.purpose}
      autocapitalize="off"
      spellcheck="false"
      aria-invalid=${this.showError ? 'true' : nothing}
      aria-describedby=${this.describedBy(caps ? 'caps-lock' : '', this.maxlength ? 'count' : '') || nothing}
      @input=${this.handleInput}
      @change=${this.changed}
      @keydown=${this.readCapsLock}
      @keyup=${this.readCapsLock}
      @blur=${() => (this.capsLock = false)}
    />`;
    const toggle = html`<button
      part="toggle"
      class="action secondary toggle focusable"
      type="button"
      aria-controls="control"
      aria-pressed=${shown ? 'true' : 'false'}
      aria-label=${this.localize.term('passwordShowLabel')}
      ?disabled=${this.isDisabled}
      @click=${this.toggle}
    >
      ${this.localize.term('passwordShow')}
    </button>`;
    const notice = caps ? html`<p part="caps-lock" class="caps-lock" id="caps-lock">${this.localize.term('passwordCapsLock')}</p>` : nothing;
    return this.renderField(html`<div class="wrap">${input}${toggle}</div>${notice}`, this.renderCount());
  }
}

defineElement('ger-password-input', GerPasswordInput);

declare global {
  interface HTMLElementTagNameMap {
    'ger-password-input': GerPasswordInput;
  }
}
