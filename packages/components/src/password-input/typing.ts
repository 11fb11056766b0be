import { css, html, type TemplateResult } from 'lit';
import type { LazyPartHost } from '../base/lazy-part.js';
import type { ValidatedControl, Validator } from '../base/validators.js';
import { passwordTypingStrings } from '../locales/password-input.js';
import type { TermKey } from '../locales/translation.js';
import { announce } from '../utils/announce.js';
import { isComposing } from '../utils/composing.js';
import { submitThroughDefaultButton } from '../utils/submit-on-enter.js';
import { warnOnce } from '../utils/warn.js';

/**
 * What ger-password-input says and checks as the user types: Caps Lock, the password shown or
 * hidden, and `minlength`. A part that loads as the field appears (see docs/lazy-parts.mdx), so
 * the field's first bytes stay small; until then the field shows, hides and takes the password
 * without saying so, and an Enter pressed meanwhile sends the form as the part comes.
 */
export { passwordTypingStrings as strings };

export const styles = css`
  .caps-lock {
    margin: 0;
    font-weight: var(--ger-font-weight-bold);
  }
`;

/** What this part uses of the field; it never imports the field's class. */
export interface PasswordHost extends LazyPartHost, ValidatedControl {
  readonly minlength?: number;
  readonly value: string;
  readonly form: HTMLFormElement | null;
}

/** `minlength` when it is a whole number above 0; anything else is no limit, with one warning. */
function minimumLength(control: PasswordHost): number {
  const min = control.minlength;
  if (min == null) return 0;
  if (Number.isInteger(min) && min > 0) return min;
  warnOnce(`<ger-password-input> minlength="${control.getAttribute('minlength') ?? min}" is not a whole number above 0; no minimum is checked.`);
  return 0;
}

/** `minlength`: counted in characters as the reader sees them (an emoji is one), like `maxlength`. */
export const passwordValidators: Validator[] = [
  {
    key: 'minlength',
    check: (value, control) => {
      const min = minimumLength(control as PasswordHost);
      return min && [...String(value)].length < min ? { flag: 'tooShort', message: control.localize.term('passwordTooShort', { min }) } : undefined;
    },
  },
];

export class PasswordTyping {
  /** Caps Lock was on at the last key pressed in the field. */
  capsLock = false;

  /**
   * What the reader typed since the last `change`, while it is still the field's value: Enter and
   * leaving commit it (as GerTextControl's `typed`). A form reset or a script's value since then is
   * not the reader's change; a password typed again after a page emptied the box is.
   */
  private typed?: string;

  /**
   * `lastKey`: the key last pressed in the box before this part loaded. An Enter there sends the
   * form now rather than being lost, if the reader is still in the box: one who moved on (to fix
   * the user name, to press Reset) has another plan.
   */
  constructor(
    private readonly host: PasswordHost,
    lastKey?: KeyboardEvent,
  ) {
    const stillHere = (host.renderRoot as ShadowRoot).activeElement?.id == 'control';
    // The box's own `change` came with that Enter (nothing prevented it then): only the form is left to send.
    if (lastKey?.key == 'Enter' && !isComposing(lastKey) && stillHere) submitThroughDefaultButton(lastKey, host.form);
    // On the element itself: keys pressed in its text box reach it, and leaving it ends the notice.
    host.addEventListener('keydown', (event) => {
      this.readCapsLock(event);
      this.submitOnEnter(event);
    });
    host.addEventListener('keyup', (event) => this.readCapsLock(event));
    host.addEventListener('focusout', () => this.showCapsLock(false));
    // After the field took the text (its own listener is on the box).
    host.addEventListener('input', () => (this.typed = host.value));
    // The box's own `change` (on leaving it) commits only what the reader typed and Enter did not
    // commit already: the browser does not know that Enter did.
    host.renderRoot.addEventListener(
      'change',
      (event) => {
        if (this.typed !== host.value) event.stopImmediatePropagation();
        this.typed = undefined;
      },
      true,
    );
  }

  /**
   * Enter in the text box does what it does in a native field: `change` fires for what was typed
   * (a server's `error` about the last password goes), then the form goes through its default
   * button. Enter on the Show button presses it.
   */
  private submitOnEnter(event: KeyboardEvent) {
    const box = event.composedPath()[0] as HTMLInputElement;
    // The field's text box (its template's id), not the Show button.
    if (event.key != 'Enter' || isComposing(event) || box.id != 'control') return;
    // Committed as it passes the listener above, as the box's own would be.
    if (this.typed === this.host.value) box.dispatchEvent(new Event('change', { bubbles: true }));
    submitThroughDefaultButton(event, this.host.form);
  }

  /** Says one of this part's strings politely, in the field's language. */
  say(key: TermKey): void {
    announce(this.host.localize.term(key), this.host.localize.lang);
  }

  private readCapsLock(event: KeyboardEvent) {
    // Some keyboards (on-screen, phones) have no Caps Lock: getModifierState is then false.
    const on = event.getModifierState?.('CapsLock') ?? false;
    if (on && !this.capsLock) this.say('passwordCapsLock');
    this.showCapsLock(on);
  }

  private showCapsLock(on: boolean) {
    if (on === this.capsLock) return;
    this.capsLock = on;
    this.host.requestUpdate();
  }

  /** The notice under the field while Caps Lock is on (its id is in the text box's `aria-describedby`). */
  renderCapsLock(): TemplateResult {
    return html`<p part="caps-lock" class="caps-lock" id="caps-lock">${this.host.localize.term('passwordCapsLock')}</p>`;
  }
}
