import { html, nothing, type PropertyDeclarations } from 'lit';
import { defineElement } from '../base/ger-element.js';
import { GerFormControl } from '../base/form-control.js';
import { LazyPartController } from '../base/lazy-part.js';
import type { Validator } from '../base/validators.js';
import { formControlStrings } from '../locales/form-control.js';
import { passwordFieldStrings } from '../locales/password-input.js';
import { combineStrings } from '../locales/strings.js';
import { actionShapeStyles } from '../styles/action-shape.styles.js';
import { secondaryActionStyles } from '../styles/action-secondary.styles.js';
import { fieldStyles } from '../styles/field.styles.js';
import { inputStyles } from '../styles/input.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { passwordInputStyles } from './password-input.styles.js';
import type { PasswordHost, PasswordTyping } from './typing.js';
import { oneOf } from '../utils/one-of.js';

export const PASSWORD_AUTOCOMPLETE = ['current-password', 'new-password'] as const;
export type PasswordAutocomplete = (typeof PASSWORD_AUTOCOMPLETE)[number];

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
 * browser never offers to remember it as plain text. Enter sends the form through its default
 * button, as in a native password field (once the field's typing part has loaded, as it appears).
 *
 * @csspart base - The field: label, hint, error and input.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart input - The native `<input>`.
 * @csspart toggle - The show / hide button.
 * @csspart caps-lock - The Caps Lock notice.
 *
 * @fires input - On every change of the text.
 * @fires change - When the user commits a change: leaves the field after editing, or presses Enter (before the form is sent).
 * @cssstate user-invalid - The value is wrong and the user has changed it or tried to submit: the error shows.
 *
 * @cssprop --ger-border-width-thin - Decorative dividers.
 * @cssprop --ger-button-border-width - Border of every button variant (transparent on filled ones, so sizes match and forced-colors mode shows an edge).
 * @cssprop --ger-button-font-weight - Button label weight.
 * @cssprop --ger-button-min-size - Minimum block and inline size of a button: the 44 px target.
 * @cssprop --ger-button-padding-block - Block padding.
 * @cssprop --ger-button-padding-inline - Inline padding.
 * @cssprop --ger-button-radius - Corner radius of buttons.
 * @cssprop --ger-button-secondary-background - Secondary button fill.
 * @cssprop --ger-button-secondary-background-hover - Secondary button fill on hover.
 * @cssprop --ger-button-secondary-border - Secondary button border: the brand colour, at least 3:1 on the surface.
 * @cssprop --ger-button-secondary-foreground - Secondary button label.
 * @cssprop --ger-button-secondary-foreground-hover - Secondary button label on hover (on the brand tint).
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
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
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerPasswordInput extends GerFormControl implements PasswordHost {
  static override styles = [...sharedStyles, fieldStyles, inputStyles, actionShapeStyles, secondaryActionStyles, passwordInputStyles];
  static override strings = combineStrings(formControlStrings, passwordFieldStrings);
  static override properties: PropertyDeclarations = {
    value: {},
    autocomplete: {},
    minlength: { type: Number },
    shown: { state: true },
  };

  /** The password typed. The `value` attribute is the default, restored on form reset (rarely wanted). */
  value = '';

  /** `current-password` (default: signing in) or `new-password` (choosing one). */
  autocomplete = '';

  /** Fewest characters allowed; a shorter password is reported ("at least 8 characters"). */
  minlength?: number;

  /** The password shows as text. */
  protected shown = false;

  /** Tells drafts and check answers that this value is kept nowhere but the form (see `isSecret`). */
  readonly secret = true;

  private watchedForm?: HTMLFormElement | null;

  private typing?: PasswordTyping;

  /** The last key pressed in the box: an Enter before the typing part loaded is done as it comes (see `PasswordTyping`). */
  private lastKey?: KeyboardEvent;

  /** What the field says and checks as the user types (Caps Lock, shown or hidden, `minlength`): a part that loads as it appears. */
  private readonly typingPart = new LazyPartController(this, {
    load: () => import('./typing.js'),
    loaded: (module) => {
      this.typing = new module.PasswordTyping(this, this.lastKey);
    },
  });

  protected get purpose(): PasswordAutocomplete {
    return oneOf(this, 'autocomplete', this.autocomplete, PASSWORD_AUTOCOMPLETE, 'current-password');
  }

  // No character count and no `maxlength` (GerTextControl): a limit on a password only weakens it.
  get jsonValue(): string {
    return this.value;
  }
  set jsonValue(value) {
    this.value = value == null ? '' : String(value);
  }

  protected restoreDefault(): void {
    this.value = this.defaultValue;
  }

  /** Check answers lists that a password was given, never the password. */
  override get displayValue(): string {
    return this.value ? this.localize.term('passwordConcealed') : '';
  }

  protected override builtInValidators(): Validator[] {
    return super.builtInValidators().concat(this.typingPart.module?.passwordValidators ?? []);
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
    // The form went: an Enter still waiting for the typing part must not send it again.
    this.lastKey = undefined;
    // Rendered at once: the browser reads the input's type as the form goes.
    this.performUpdate();
  };

  private toggle() {
    this.shown = !this.shown;
    this.typing?.say(this.shown ? 'passwordShown' : 'passwordHidden');
  }

  override render() {
    const shown = this.shown && !this.isDisabled;
    const caps = this.typing?.capsLock && !this.isDisabled;
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
      aria-describedby=${this.describedBy(caps ? 'caps-lock' : '') || nothing}
      @input=${(event: Event) => (this.value = (event.target as HTMLInputElement).value)}
      @change=${this.changed}
      @keydown=${(event: KeyboardEvent) => (this.lastKey = event)}
    />`;
    const toggle = html`<button
      part="toggle"
      class="action secondary toggle focusable"
      type="button"
      aria-controls="control"
      aria-pressed=${shown}
      aria-label=${this.localize.term('passwordShowLabel')}
      ?disabled=${this.isDisabled}
      @click=${this.toggle}
    >
      ${this.localize.term('passwordShow')}
    </button>`;
    return this.renderField(html`<div class="wrap">${input}${toggle}</div>`, caps ? this.typing!.renderCapsLock() : nothing);
  }
}

defineElement('ger-password-input', GerPasswordInput);

declare global {
  interface HTMLElementTagNameMap {
    'ger-password-input': GerPasswordInput;
  }
}
