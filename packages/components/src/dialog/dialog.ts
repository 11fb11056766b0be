import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { isComposing } from '../utils/composing.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import { SlotsController } from '../controllers/slots.js';
import { dialogStrings } from '../locales/dialog.js';
import { actionStyles } from '../styles/action.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { deepActiveElement, isFocusable } from '../utils/focus.js';
import { warnOnce } from '../utils/warn.js';
import { dialogStyles } from './dialog.styles.js';
import { lockPageScroll, unlockPageScroll } from './scroll-lock.js';
import { oneOf } from '../utils/one-of.js';

export const DIALOG_INITIAL_FOCUS = ['heading', 'first-control'] as const;
export type DialogInitialFocus = (typeof DIALOG_INITIAL_FOCUS)[number];

/**
 * @tagname ger-dialog
 * @summary A dialog on the native `<dialog>`: modal by default (the page behind is inert and
 * still), or non-modal with `non-modal`.
 *
 * Open it with `open` (or `show()`), close it with `close(returnValue)`. Focus moves to its
 * heading (or, with `initial-focus="first-control"`, to its first control; a slotted control
 * with `autofocus` always wins) and returns to the element that had it when the dialog closes.
 * Escape, the close button and (with `light-dismiss`) a click on the backdrop close it with the
 * return value 'cancel'. With `confirm-label` it shows two actions that close it with 'confirm'
 * or 'cancel'; any slotted element with `data-ger-close="value"` closes it with that value.
 * The browser keeps focus inside a modal dialog: there is no hand-made focus trap.
 *
 * @slot - The content. Long content scrolls inside, between the heading and the actions.
 * @slot actions - Actions of your own; give each `data-ger-close="value"` to close with that value.
 *
 * @csspart dialog - The native dialog.
 * @csspart heading - The heading (an h2: the dialog starts its own outline), which takes focus when the dialog opens.
 * @csspart close - The close button.
 * @csspart body - The content area (it scrolls).
 * @csspart actions - The row of actions.
 *
 * @fires ger-close - The dialog closed; `detail.returnValue` says how.
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
 * @cssprop --ger-color-border - Decorative dividers only (no contrast requirement). Never the only outline of a control.
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-neutral - Strong neutral fill: neutral labels and counts. Also for icons and borders on surfaces (3:1).
 * @cssprop --ger-color-neutral-subtle - Tinted neutral surface: banners, tags, highlighted rows.
 * @cssprop --ger-color-on-neutral-subtle - Text and icons on color.neutral-subtle.
 * @cssprop --ger-color-surface-raised - Cards, dialogs, menus.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-dialog-inline-size
 * @cssprop --ger-duration-fast - Hover and press feedback.
 * @cssprop --ger-easing-standard - Movement within the page.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-size-lg - 20 px at default text size. Lead paragraphs, small headings.
 * @cssprop --ger-font-size-xl - 24 px at default text size. Large text for WCAG purposes (3:1 is enough at this size).
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-line-height-heading - Headings; leaves room for Cyrillic diacritics (Й, Ё) when lines wrap.
 * @cssprop --ger-line-height-tight - Single-line UI text: buttons, tags. Never for paragraphs.
 * @cssprop --ger-radius-md - Buttons, cards and banners.
 * @cssprop --ger-shadow-lg - Dialogs, toasts.
 * @cssprop --ger-size-target-minimum - Minimum size of every interactive target: 44 px at default text size (WCAG 2.5.5 AAA, the Ger standard).
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerDialog extends GerElement {
  static override styles = [...sharedStyles, actionStyles, dialogStyles];
  static override strings = dialogStrings;

  static override properties: PropertyDeclarations = {
    open: { type: Boolean, reflect: true },
    nonModal: { type: Boolean, attribute: 'non-modal' },
    heading: {},
    initialFocus: { attribute: 'initial-focus' },
    confirmLabel: { attribute: 'confirm-label' },
    cancelLabel: { attribute: 'cancel-label' },
    lightDismiss: { type: Boolean, attribute: 'light-dismiss' },
    scrolls: { state: true, attribute: false },
  };

  /** Whether the dialog is open. Set it, or call `show()` and `close()`. */
  open = false;

  /** Leaves the page behind usable: no backdrop, focus may leave, the page scrolls. */
  nonModal = false;

  /** The dialog's title: its accessible name, and where focus goes when it opens. */
  heading = '';

  /** Where focus goes on opening: `heading` (default) or `first-control`. */
  initialFocus: DialogInitialFocus = 'heading';

  /** Shows a confirm action with this label (return value 'confirm') and a cancel action. */
  confirmLabel = '';

  /** The cancel action's label in a confirm dialog ("Болих" / "Cancel" when not given). */
  cancelLabel = '';

  /** Closes the dialog (return value 'cancel') on a click outside it. Off by default: a stray click loses nothing. */
  lightDismiss = false;

  /** Whether the content overflows: the body then takes focus so the keyboard can scroll it. */
  private scrolls = false;

  private readonly slots = new SlotsController(this, ['actions']);
  private opener?: HTMLElement;
  private lockedScroll = false;
  private resizeObserver?: ResizeObserver;

  /** The value the dialog last closed with ('' until it has closed). */
  get returnValue(): string {
    return this.dialog?.returnValue ?? '';
  }

  /** Opens the dialog. */
  show(): void {
    this.open = true;
  }

  /** Closes the dialog with `returnValue` (fires `ger-close`). */
  close(returnValue = ''): void {
    if (this.dialog?.open) this.dialog.close(returnValue);
    else this.open = false;
  }

  private get dialog(): HTMLDialogElement | null | undefined {
    return this.shadowRoot?.querySelector('dialog');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.closeFromAction);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.closeFromAction);
    this.resizeObserver?.disconnect();
    this.releaseScroll();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    const dialog = this.dialog!;
    if (this.open && !dialog.open) this.openDialog(dialog);
    else if (!this.open && dialog.open) dialog.close();
  }

  private openDialog(dialog: HTMLDialogElement): void {
    const active = deepActiveElement();
    this.opener = active instanceof HTMLElement && active !== document.body ? active : undefined;
    dialog.returnValue = '';
    const modal = !this.nonModal;
    try {
      if (modal) dialog.showModal();
      else dialog.show();
    } catch (error) {
      // Not in a document, or already open as a popover: shown without the modal behaviour.
      warnOnce(`<ger-dialog> opened without a backdrop: ${(error as Error).message}`);
      dialog.show();
    }
    if (modal && dialog.matches(':modal')) {
      lockPageScroll();
      this.lockedScroll = true;
    }
    this.moveFocusIn();
    this.watchOverflow();
  }

  /** Focus to a slotted `autofocus` control, else the first control or the heading, as the author chose. */
  private moveFocusIn(): void {
    const autofocus = this.querySelector<HTMLElement>('[autofocus]');
    const choice = oneOf(this, 'initial-focus', this.initialFocus, DIALOG_INITIAL_FOCUS, 'heading');
    const root = this.shadowRoot!;
    const firstControl = () => {
      const controls = [...this.querySelectorAll<HTMLElement>('*')].filter(isFocusable);
      const isAction = (control: HTMLElement) => this.contains(control.closest('[slot="actions"]'));
      return controls.find((control) => !isAction(control)) ?? controls[0] ?? root.querySelector<HTMLElement>('.actions button');
    };
    const target = autofocus ?? (choice === 'first-control' ? firstControl() : undefined) ?? root.querySelector<HTMLElement>('.heading');
    if (!this.heading) warnOnce('<ger-dialog> has no heading (its name).');
    target?.focus();
  }

  /** Makes the body a focusable, named region while its content overflows it. */
  private watchOverflow(): void {
    const body = this.shadowRoot!.querySelector<HTMLElement>('.body')!;
    // Either way: in the traditional script the body's text runs in columns and scrolls sideways.
    const measure = () => (this.scrolls = body.scrollHeight > body.clientHeight + 1 || body.scrollWidth > body.clientWidth + 1);
    // The observer measures once as it starts, after this update: no update inside an update.
    this.resizeObserver ??= new ResizeObserver(measure);
    this.resizeObserver.unobserve(body);
    this.resizeObserver.observe(body);
  }

  private readonly onSlotChange = () => {
    if (this.open) this.watchOverflow();
  };

  private readonly onClose = () => {
    this.releaseScroll();
    this.resizeObserver?.disconnect();
    this.open = false;
    if (this.opener?.isConnected) this.opener.focus();
    this.opener = undefined;
    this.emit('ger-close', { returnValue: this.dialog!.returnValue });
  };

  /** A modal's Escape (or a phone's back gesture): closed here, so the return value says how. */
  private readonly onCancel = (event: Event) => {
    event.preventDefault();
    this.close('cancel');
  };

  /** A non-modal dialog gets no close request from the browser on Escape: it closes itself. */
  private readonly onKeydown = (event: KeyboardEvent) => {
    // The Escape that cancels an input method's text is the input method's.
    if (event.key !== 'Escape' || !this.nonModal || event.defaultPrevented || isComposing(event)) return;
    // An Escape meant for a dialog inside this one (a date picker's calendar) is that dialog's.
    if (event.composedPath().find((node) => node instanceof HTMLDialogElement) === this.dialog) {
      event.preventDefault();
      this.close('cancel');
    }
  };

  /** A click on the backdrop lands on the dialog itself, outside its box. */
  private readonly onDialogClick = (event: MouseEvent) => {
    const dialog = this.dialog!;
    if (!this.lightDismiss || event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) this.close('cancel');
  };

  /**
   * Any slotted element with `data-ger-close` closes the dialog with that value: this dialog's
   * own, not one of a dialog nested in it (its click bubbles on to this host).
   */
  private readonly closeFromAction = (event: Event) => {
    const action = (event.target as Element).closest?.('[data-ger-close]');
    if (action && action.closest(this.localName) === this) this.close(action.getAttribute('data-ger-close') ?? '');
  };

  private releaseScroll(): void {
    if (!this.lockedScroll) return;
    this.lockedScroll = false;
    unlockPageScroll();
  }

  private renderActions() {
    const hasSlotted = this.slots.has('actions');
    if (!this.confirmLabel && !hasSlotted) return nothing;
    return html`<div part="actions" class="actions">
      ${hasSlotted ? html`<slot name="actions"></slot>` : nothing}
      ${
        this.confirmLabel
          ? html`<button class="action focusable" type="button" @click=${() => this.close('confirm')}>${this.confirmLabel}</button>
            <button class="action quiet focusable" type="button" @click=${() => this.close('cancel')}>
              ${this.cancelLabel || this.localize.term('dialogCancel')}
            </button>`
          : nothing
      }
    </div>`;
  }

  override render() {
    // tabindex -1: a dialog that scrolls as a whole (large text on a phone) is no Tab stop of its own,
    // as the APG's is not; its controls are, and the arrow keys scroll it from them.
    return html`<dialog
      part="dialog"
      class="dialog"
      tabindex="-1"
      aria-labelledby="heading"
      @close=${this.onClose}
      @cancel=${this.onCancel}
      @keydown=${this.onKeydown}
      @click=${this.onDialogClick}
    >
      <div class="header">
        <h2 part="heading" class="heading focusable" id="heading" tabindex="-1">${this.heading}</h2>
        <button part="close" class="close focusable" type="button" @click=${() => this.close('cancel')}>
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" /></svg>
          <span class="text">${this.localize.term('dialogClose')}</span>
        </button>
      </div>
      <div
        part="body"
        class="body focusable"
        tabindex=${this.scrolls ? '0' : nothing}
        role=${this.scrolls ? 'region' : nothing}
        aria-label=${this.scrolls ? this.localize.term('dialogContent') : nothing}
      >
        <slot @slotchange=${this.onSlotChange}></slot>
      </div>
      ${this.renderActions()}
    </dialog>`;
  }
}

defineElement('ger-dialog', GerDialog);

declare global {
  interface HTMLElementTagNameMap {
    'ger-dialog': GerDialog;
  }
}
