import { html, isServer, nothing, type PropertyDeclarations } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { LazyPartController } from '../base/lazy-part.js';
import { liveChatStrings } from '../locales/live-chat.js';
import { sharedStyles } from '../styles/shared.styles.js';
import type { ChatPanelController } from './chat-panel.js';
import { DEFAULT_MAX_ATTACHMENT_SIZE, type ChatTransport } from './chat-transport.js';
import type { LiveChatHost } from './live-chat-host.js';
import { liveChatStyles } from './live-chat.styles.js';
import { hotlineLine } from './hotline.js';
import { Retry } from '../controllers/retry.js';
import type { TermKey } from '../locales/translation.js';
import { chatStorageKey } from './outbox.js';
import { readStored } from '../utils/storage.js';
import { deepActiveElement } from '../utils/focus.js';
import { isComposing } from '../utils/composing.js';
import { formatNumber, pluralTerm, type Params } from '../controllers/localize.js';

/** Events after which focus may have moved (see `keepFocusVisible`). */
const FOCUS_MOVES = ['focusin', 'keyup'] as const;

/**
 * @tagname ger-live-chat
 * @summary Live help: a launcher and a non-modal chat panel that never loses a message.
 *
 * The launcher is all a page downloads at first; the panel, the conversation and the transport
 * load when the panel opens, or at once when there is a conversation to resume.
 *
 * @csspart launcher - The button that opens and closes the panel.
 * @csspart panel - The chat panel.
 * @csspart status - The line saying whether an agent is available.
 * @csspart log - The conversation.
 * @csspart composer - The message form.
 * @csspart prechat - The optional pre-chat form.
 * @csspart offline - Opening hours, hotline and the offer to leave a message.
 *
 * @cssprop --ger-chat-panel-inline-size - The panel's width on larger screens.
 * @cssprop --ger-chat-panel-block-size - The panel's largest height.
 *
 * @fires ger-toggle - The panel opened or closed; `detail.open` says which.
 *
 * @cssprop --ger-border-width-thin - Decorative dividers.
 * @cssprop --ger-button-border-width - Border of every button variant (transparent on filled ones, so sizes match and forced-colors mode shows an edge).
 * @cssprop --ger-button-font-weight - Button label weight.
 * @cssprop --ger-button-min-size - Minimum block and inline size of a button: the 44 px target.
 * @cssprop --ger-button-primary-background - Primary button fill.
 * @cssprop --ger-button-primary-background-hover - Primary button fill on hover.
 * @cssprop --ger-button-primary-foreground - Primary button label.
 * @cssprop --ger-button-radius - Corner radius of buttons.
 * @cssprop --ger-button-secondary-background - Secondary button fill.
 * @cssprop --ger-button-secondary-border - Secondary button border: the brand colour, at least 3:1 on the surface.
 * @cssprop --ger-button-secondary-foreground - Secondary button label.
 * @cssprop --ger-chat-gap - Distance of the launcher and the panel from the window's edges.
 * @cssprop --ger-chat-incoming-background - Background of messages from agents and the instant-answers bot.
 * @cssprop --ger-chat-incoming-foreground - Text of incoming messages (checked against incoming-background).
 * @cssprop --ger-chat-own-background - Background of the user's own messages.
 * @cssprop --ger-chat-own-foreground - Text of the user's own messages (checked against own-background).
 * @cssprop --ger-chat-radius - Corners of the chat panel and message bubbles.
 * @cssprop --ger-color-border - Decorative dividers only (no contrast requirement). Never the only outline of a control.
 * @cssprop --ger-color-brand - Strong brand fill: primary buttons, selected states. Also for icons and borders on surfaces (3:1). Large headings may use it as text (3:1).
 * @cssprop --ger-color-brand-hover - color.brand on hover and press.
 * @cssprop --ger-color-danger - Strong danger fill: errors and destructive actions. Also for icons and borders on surfaces (3:1).
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-info-subtle - Tinted information surface: banners, tags, highlighted rows.
 * @cssprop --ger-color-neutral-subtle - Tinted neutral surface: banners, tags, highlighted rows.
 * @cssprop --ger-color-on-brand - Text and icons on color.brand and color.brand-hover.
 * @cssprop --ger-color-on-info-subtle - Text and icons on color.info-subtle.
 * @cssprop --ger-color-surface - Page background.
 * @cssprop --ger-color-surface-raised - Cards, dialogs, menus.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-color-text-muted - Secondary text: hints, captions, metadata. Still 4.5:1 on every surface.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-size-lg - 20 px at default text size. Lead paragraphs, small headings.
 * @cssprop --ger-font-size-sm - 14 px at default text size. Hints, captions, tags.
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-font-weight-medium - Labels and buttons where bold is too heavy.
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
 * @cssprop --ger-radius-md - Buttons, cards and banners.
 * @cssprop --ger-radius-pill - Fully rounded ends: tags and badges.
 * @cssprop --ger-shadow-lg - Dialogs, toasts.
 * @cssprop --ger-shadow-md - Dropdowns, popovers.
 * @cssprop --ger-size-target-floor - 24 px: the absolute floor for a target, with spacing (WCAG 2.2 AA, 2.5.8). Only for targets inside text.
 * @cssprop --ger-size-target-minimum - Minimum size of every interactive target: 44 px at default text size (WCAG 2.5.5 AAA, the Ger standard).
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-3xs - 2 px at default text size.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 * @cssprop --ger-z-modal - Dialogs.
 * @cssprop --ger-z-overlay - Backdrop behind a dialog.
 *
 * @cssprop --ger-button-padding-block - Block padding.
 * @cssprop --ger-button-padding-inline - Inline padding.
 * @cssprop --ger-button-quiet-foreground - Quiet button label: looks like a link, works like a button.
 * @cssprop --ger-button-quiet-foreground-hover - Quiet button label on hover.
 * @cssprop --ger-button-secondary-background-hover - Secondary button fill on hover.
 * @cssprop --ger-button-secondary-foreground-hover - Secondary button label on hover (on the brand tint).
 * @cssprop --ger-duration-fast - Hover and press feedback.
 * @cssprop --ger-easing-standard - Movement within the page.
 * @cssprop --ger-line-height-tight - Single-line UI text: buttons, tags. Never for paragraphs.
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 *
 * @cssstate shifted - The launcher would cover the element that has focus, so the chat sits in the opposite corner.
 */
export class GerLiveChat extends GerElement implements LiveChatHost {
  static override styles = [...sharedStyles, liveChatStyles];
  static override properties: PropertyDeclarations = {
    server: {},
    transport: { attribute: false },
    open: { type: Boolean, reflect: true },
    prechat: { type: Boolean },
    attachments: { type: Boolean },
    maxAttachmentSize: { type: Number, attribute: 'max-attachment-size' },
    hotline: {},
    openingHours: { attribute: 'opening-hours' },
    unread: { state: true, attribute: false },
    shifted: { state: true, attribute: false },
    panel: { state: true, attribute: false },
    loadFailed: { state: true, attribute: false },
  };

  /** The launcher's strings; the panel's are added to them when the panel loads. */
  static override strings = liveChatStrings;

  /** The chat server's WebSocket URL (Ger's reference server or one speaking its protocol). */
  server = '';

  /** Any backend: an object implementing `ChatTransport` (takes precedence over `server`). */
  transport?: ChatTransport;

  /** Whether the panel is open. */
  open = false;

  /** Asks for a name and topic (both optional) before the first message. */
  prechat = false;

  /** Lets the user attach images and PDF files. */
  attachments = false;

  /** The largest attachment in bytes (1 MiB); the server's own limit applies too. */
  maxAttachmentSize = DEFAULT_MAX_ATTACHMENT_SIZE;

  /** The phone number shown while no agent is online. */
  hotline = '1111';

  /** Opening hours shown while no agent is online, when the server does not send them. */
  openingHours = '';

  /** @internal Messages received while the panel was closed. */
  unread = 0;

  private shifted = false;

  /** The panel's code could not be downloaded: the stand-in says so while it is tried again. */
  private loadFailed = false;

  /** Tries the panel's download again by itself (Ger's one retry schedule), while the panel is open. */
  private readonly panelRetry = new Retry(this, () => void this.openPanel());

  /** What had focus when a released key last checked (typing in a field reads no layout). */
  private focusChecked?: Element;

  /** Carries the `shifted` state to the host, the box that moves (`:host(:state(shifted))`). */
  private readonly internals = this.attachInternals();

  /** @internal The panel, once loaded. */
  panel?: ChatPanelController;

  private get launcher(): HTMLButtonElement | null {
    return this.renderRoot?.querySelector<HTMLButtonElement>('.launcher') ?? null;
  }

  /** The panel: its code, styles and strings load when first needed. */
  private readonly panelPart = new LazyPartController(this, {
    load: () => import('./chat-panel.js'),
    when: 'request',
    loaded: (module) => {
      this.panel = new module.ChatPanelController(this);
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of FOCUS_MOVES) document.addEventListener(type, this.keepFocusVisible);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of FOCUS_MOVES) document.removeEventListener(type, this.keepFocusVisible);
  }

  protected override willUpdate(): void {
    // Load the panel at once when there is something to resume or show: an open panel, a
    // custom transport, or a conversation (or unsent messages) saved by an earlier page.
    // After a failed download the retry loads it, or the reader's next press of the launcher.
    if (isServer || this.panel || this.loadFailed) return;
    const saved = Boolean(this.server && readStored(chatStorageKey(this.server)));
    if (this.open || this.transport || saved) void this.openPanel();
  }

  protected override updated(): void {
    try {
      this.internals.states?.[this.shifted ? 'add' : 'delete']('shifted');
    } catch {
      // A browser without the standard `:state()`: the launcher stays in its corner.
    }
  }

  /** Loads the panel (once): its code, and its styles and strings into the element. */
  async loadPanel(): Promise<void> {
    await this.panelPart.load();
  }

  /** Opens the panel and moves focus into it. */
  async show(): Promise<void> {
    if (this.open) return;
    this.open = true;
    this.unread = 0;
    this.emit('ger-toggle', { open: true });
    await this.openPanel(true);
  }

  /**
   * Loads the panel and, with `focus`, moves focus into it. Until then focus stays on the launcher,
   * which the small stand-in leaves in view, so the reader can close it; a failed download is said
   * there, and tried again while the panel is open.
   */
  private async openPanel(focus = false) {
    try {
      await this.loadPanel();
    } catch {
      this.loadFailed = true;
      this.panelRetry.wait(this.open);
      return;
    }
    this.loadFailed = false;
    this.panelRetry.wait(false, true);
    await this.updateComplete;
    if (this.open && (focus || this.launcher?.matches(':focus'))) this.panel?.focusFirst();
  }

  /** Closes the panel; focus goes back to the launcher, unless `keepFocus` leaves it where the reader put it. */
  async hide(keepFocus?: boolean): Promise<void> {
    if (!this.open) return;
    this.open = false;
    // A failed download is not tried again for a closed panel: the next press tries it.
    this.panelRetry.wait(false);
    this.emit('ger-toggle', { open: false });
    await this.updateComplete;
    if (!keepFocus) this.launcher?.focus();
  }

  /**
   * Runs when focus may have moved: on `focusin`, and on every key released, since a move between
   * two elements of one shadow root (the header's links and menu button) fires no `focusin` in
   * the document.
   */
  private readonly keepFocusVisible = (event: Event) => {
    const target = deepActiveElement();
    const launcher = this.launcher;
    if (!launcher || !target || target === document.body || this.contains(target) || this.renderRoot.contains(target)) return;
    // A key that left focus where it was (typing) needs no check: reading the layout on each key would slow typing.
    if (event.type === 'keyup' && target === this.focusChecked) return;
    this.focusChecked = target;
    // Not a panel that covers the page (a phone): that one brings focus back into itself (chat-panel.ts).
    const panel = this.open ? this.renderRoot.querySelector('[part="panel"]:not([aria-modal="true"])') : null;
    const overlaps = (box: Element | null) => {
      const a = target.getBoundingClientRect();
      const b = box?.getBoundingClientRect();
      return !!b && a.right > b.left && a.left < b.right && a.bottom > b.top && a.top < b.bottom;
    };
    if (!overlaps(launcher) && !overlaps(panel)) return;
    // Neither the launcher nor the open panel may hide what has focus (WCAG 2.4.11): scroll; a
    // panel still over it closes (the conversation stays, and the launcher opens it again) and
    // leaves focus where the reader put it; a launcher still over it moves to the opposite corner
    // (the page's end cannot scroll up, and on a phone at 200% text it is nearly as wide as the screen).
    target.scrollIntoView({ block: 'center' });
    if (overlaps(panel)) void this.hide(true);
    if (overlaps(launcher)) this.shifted = !this.shifted;
  };

  private toggle = () => (this.open ? this.hide() : this.show());

  private panelKeydown = (event: KeyboardEvent) => {
    // Not the Escape that cancels an input method's composition in the message box.
    if (event.key === 'Escape' && this.open && !isComposing(event)) {
      event.stopPropagation();
      this.hide();
    }
  };

  private close = () => this.hide();

  override render() {
    // Until the panel's code has arrived, an open panel is a small box above the launcher (never
    // the whole screen: the launcher closes it) that says it is loading, or that it could not and
    // where else to turn.
    const t = (key: TermKey, params?: Params) => this.localize.term(key, params);
    const panel = this.panel
      ? this.panel.render(this.panelKeydown, this.close)
      : html`<section id="panel" class="panel loading" part="panel" role="status" aria-label=${t('chatTitle')} ?hidden=${!this.open}>
          ${this.loadFailed ? html`<p>${t('chatLoadFailed')}</p>${hotlineLine(t, this.hotline)}` : t('loading')}
        </section>`;
    return html`<button
        class="launcher focusable ${this.shifted ? 'shifted' : ''}"
        part="launcher"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${this.toggle}
        @keydown=${this.panelKeydown}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 5h16v11H9l-5 4Z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" /></svg>
        <span>${this.localize.term('chatLauncher')}</span>
        ${
          this.unread
            ? html`<span class="badge" aria-hidden="true">${formatNumber(this.localize, this.unread)}</span
              ><span class="visually-hidden">, ${pluralTerm(this.localize, 'chatUnread', this.unread)}</span>`
            : nothing
        }
      </button>
      ${panel}`;
  }
}

defineElement('ger-live-chat', GerLiveChat);

declare global {
  interface HTMLElementTagNameMap {
    'ger-live-chat': GerLiveChat;
  }
}
