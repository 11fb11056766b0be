import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { readAttachment } from './attachments.js';
import { type ChatEntry, ChatSession } from './chat-session.js';
import { type ChatAttachment, type ChatLimits, type ChatTransport, newMessageId } from './chat-transport.js';
import type { ComposerView } from './chat-view.js';
import { renderComposer } from './composer.js';
import { liveChatStyles } from './live-chat.styles.js';
import { type ChatTermKey, chatStrings, fillIn } from './live-chat.locale.js';
import { renderMessageList, sender } from './message-list.js';
import { renderOffline, renderPrechat } from './panel-forms.js';
import { downloadText, transcriptText } from './transcript.js';
import { WebSocketTransport } from './websocket-transport.js';

const TYPING_ANNOUNCE_EVERY_MS = 30_000;

/**
 * @tagname ger-live-chat
 * @summary Live help: a launcher and a non-modal chat panel that never loses a message.
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
 *
 * @fires ger-toggle - The panel opened or closed; `detail.open` says which.
 */
export class GerLiveChat extends GerElement implements ComposerView {
  static override styles = [...sharedStyles, liveChatStyles];

  /** The chat server's WebSocket URL (Ger's reference server or one speaking its protocol). */
  @property() server = '';

  /** Any backend: an object implementing `ChatTransport` (takes precedence over `server`). */
  @property({ attribute: false }) transport?: ChatTransport;

  /** Whether the panel is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Asks for a name and topic (both optional) before the first message. */
  @property({ type: Boolean }) prechat = false;

  /** Lets the user attach images and PDF files. */
  @property({ type: Boolean }) attachments = false;

  /** The largest attachment in bytes (1 MiB); the server's own limit applies too. */
  @property({ type: Number, attribute: 'max-attachment-size' }) maxAttachmentSize = 1024 * 1024;

  /** The phone number shown while no agent is online. */
  @property() hotline = '1111';

  /** Opening hours shown while no agent is online, when the server does not send them. */
  @property({ attribute: 'opening-hours' }) openingHours = '';

  @state() private unread = 0;
  @state() private announcement = '';
  @state() draftError = '';
  @state() file?: ChatAttachment;
  @state() leaving = false;
  @state() private shifted = false;

  @query('.launcher') private launcher?: HTMLButtonElement;
  @query('#draft') private draft?: HTMLTextAreaElement;
  @query('.log') private log?: HTMLElement;

  readonly session = new ChatSession(this);
  private followLog = true;
  private lastTypingSent = 0;
  private lastTypingAnnounced = 0;
  private announceTimer?: ReturnType<typeof setTimeout>;

  get attachmentsAllowed(): boolean {
    return this.attachments;
  }

  get limits(): ChatLimits {
    const server = this.session.limits;
    return {
      text: server?.text ?? 2000,
      attachment: Math.min(this.maxAttachmentSize, server?.attachment ?? Infinity),
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('focusin', this.keepFocusVisible);
    // Reconnect a chat that was moved or put back in the page.
    this.requestUpdate('server', undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('focusin', this.keepFocusVisible);
    this.session.use(undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Transports start in the browser only, never while rendering on the server.
    if (isServer) return;
    if (changed.has('server') || changed.has('transport')) {
      this.session.use(this.transport ?? (this.server ? new WebSocketTransport({ url: this.server }) : undefined));
    }
    // Opened by the attribute rather than the launcher: the chat starts all the same.
    if (this.open && !this.session.started && !this.needsPrechat) this.session.start({ lang: this.localize.lang });
    // Follow new messages only while the reader is at the end (never pull them away from history).
    const log = this.log;
    this.followLog = !log || log.scrollHeight - log.scrollTop - log.clientHeight < log.clientHeight / 4;
  }

  protected override updated(): void {
    if (this.followLog && this.log) this.log.scrollTop = this.log.scrollHeight;
  }

  /** Opens the panel and moves focus into it. */
  async show(): Promise<void> {
    if (this.open) return;
    this.open = true;
    this.unread = 0;
    if (!this.needsPrechat && !this.session.started) this.session.start({ lang: this.localize.lang });
    this.emit('ger-toggle', { open: true });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#prechat-name, #draft')?.focus();
  }

  /** Closes the panel; focus goes back to the launcher. */
  async hide(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    this.emit('ger-toggle', { open: false });
    await this.updateComplete;
    this.launcher?.focus();
  }

  t(key: ChatTermKey, params?: Record<string, string | number>): string {
    return fillIn(chatStrings(this.localize.lang)[key], params);
  }

  time(iso: string): string {
    return this.localize.date(iso, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  }

  size(bytes: number): string {
    return bytes >= 1024 * 1024
      ? this.localize.number(bytes / (1024 * 1024), { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 })
      : this.localize.number(Math.max(1, Math.round(bytes / 1024)), { style: 'unit', unit: 'kilobyte' });
  }

  limitText(entry: ChatEntry): string {
    if (entry.limit === undefined) return '';
    return entry.attachment && entry.limit !== this.limits.text ? this.size(entry.limit) : this.localize.number(entry.limit);
  }

  retry(entry: ChatEntry): void {
    if (entry.error) {
      // Refused as it was: give it back to the composer to shorten or change.
      this.session.discard(entry.id);
      if (this.draft) this.draft.value = entry.text;
      this.draft?.focus();
      return;
    }
    this.session.retry(entry);
    this.requestUpdate();
  }

  /** @internal Called by the session for each incoming message. */
  chatIncoming(_entry: ChatEntry, live: boolean): void {
    if (!this.open && live) this.unread += 1;
  }

  /** @internal Called by the session when something should be said politely. */
  chatNotice(kind: 'rejected' | 'reference' | 'typing', entry?: ChatEntry): void {
    if (kind === 'typing') {
      // Said at most once in a while: a screen reader hearing "typing" every few seconds is noise.
      if (!this.open || Date.now() - this.lastTypingAnnounced < TYPING_ANNOUNCE_EVERY_MS) return;
      this.lastTypingAnnounced = Date.now();
      this.announce(this.t('typing'));
    } else if (kind === 'reference') {
      this.leaving = false;
      this.announce(this.t('reference', { reference: this.session.reference ?? '' }));
    } else if (entry) {
      this.announce(this.t('notSent'));
    }
  }

  private announce(text: string): void {
    // Emptied first, so the same words said twice are announced twice.
    this.announcement = '';
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = text;
      // Said, then gone: a stale "typing" must not be found later by reading the page.
      this.announceTimer = setTimeout(() => (this.announcement = ''), 8000);
    }, 100);
  }

  private get needsPrechat(): boolean {
    return this.prechat && !this.session.hasConversation;
  }

  private readonly keepFocusVisible = (event: FocusEvent) => {
    const target = event.target as Element | null;
    const launcher = this.launcher;
    if (!target || target === this || !launcher || typeof target.getBoundingClientRect !== 'function') return;
    const overlaps = () => {
      const a = target.getBoundingClientRect();
      const b = launcher.getBoundingClientRect();
      return a.right > b.left && a.left < b.right && a.bottom > b.top && a.top < b.bottom;
    };
    if (!overlaps()) return;
    // The launcher must never hide what has focus (WCAG 2.4.11): scroll, or move to the other corner.
    target.scrollIntoView({ block: 'center' });
    if (overlaps()) this.shifted = !this.shifted;
  };

  private toggle = () => (this.open ? this.hide() : this.show());

  private panelKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.hide();
    }
  };

  keydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      this.submit(event);
    }
  }

  input(): void {
    this.draftError = '';
    if (Date.now() - this.lastTypingSent > 3000) {
      this.lastTypingSent = Date.now();
      this.session.typing(true);
    }
  }

  async chooseFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    const result = await readAttachment(chosen, this.limits.attachment);
    if (typeof result === 'string') {
      this.file = undefined;
      this.draftError = this.t(result, { limit: this.size(this.limits.attachment) });
    } else {
      this.file = result;
      this.draftError = '';
    }
  }

  removeFile(): void {
    this.file = undefined;
    this.draft?.focus();
  }

  submit(event: Event): void {
    event.preventDefault();
    const draft = this.draft;
    if (!draft) return;
    const text = draft.value.trim();
    if (!text && !this.file) return;
    if (text.length > this.limits.text) {
      this.draftError = this.t('tooLong', { limit: this.localize.number(this.limits.text) });
      draft.focus();
      return;
    }
    if (!this.session.started) this.session.start({ lang: this.localize.lang });
    this.session.send({ id: newMessageId(), text, at: new Date().toISOString(), attachment: this.file, ticket: this.leaving || undefined });
    draft.value = '';
    this.file = undefined;
    this.draftError = '';
    this.lastTypingSent = 0;
    this.session.typing(false);
  }

  private startChat = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value.trim() ?? '';
    this.session.start({ name: value('name'), topic: value('topic'), lang: this.localize.lang });
    this.requestUpdate();
    await this.updateComplete;
    this.draft?.focus();
  };

  private download = () => {
    const line = (e: ChatEntry) =>
      `[${this.localize.date(e.at, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}] ${sender(this, e)}: ${e.text}${e.attachment ? ` (${e.attachment.name})` : ''}`;
    downloadText(`ger-chat-${new Date().toISOString().slice(0, 10)}.txt`, transcriptText(this.t('title'), this.session.entries, line));
  };

  private statusLine() {
    const availability = this.session.availability;
    if (this.session.connection !== 'open') {
      return this.session.started ? this.t(this.session.connection === 'connecting' && !availability ? 'connecting' : 'reconnecting') : '';
    }
    if (!availability || availability.status === 'offline') return '';
    return availability.status === 'busy' ? this.t('busy', { count: this.localize.number(availability.queue) }) : this.t('online');
  }

  private renderConversation() {
    const availability = this.session.availability;
    const offline = availability?.status === 'offline';
    return html`${renderMessageList(this)}
      <p class="typing" aria-hidden="true" ?hidden=${!this.session.agentTyping}>${this.t('typing')}</p>
      ${offline
        ? renderOffline(this, {
            hours: (availability.status === 'offline' && availability.hours) || this.openingHours || this.t('hoursDefault'),
            hotline: this.hotline,
            leaving: this.leaving,
            reference: this.session.reference,
            leave: () => {
              this.leaving = true;
              this.updateComplete.then(() => this.draft?.focus());
            },
          })
        : nothing}
      ${renderComposer(this)}`;
  }

  override render() {
    const status = this.statusLine();
    return html`<button
        class="launcher focusable ${this.shifted ? 'shifted' : ''}"
        part="launcher"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${this.toggle}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 5h16v11H9l-5 4Z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" /></svg>
        <span>${this.t('launcher')}</span>
        ${this.unread
          ? html`<span class="badge" aria-hidden="true">${this.localize.number(this.unread)}</span
              ><span class="visually-hidden">, ${fillIn(this.pluralUnread(), { count: this.localize.number(this.unread) })}</span>`
          : nothing}
      </button>
      <section id="panel" class="panel" part="panel" role="dialog" aria-labelledby="title" ?hidden=${!this.open} @keydown=${this.panelKeydown}>
        <header class="header">
          <h2 id="title">${this.t('title')}</h2>
          <button type="button" class="icon focusable" aria-label=${this.t('transcript')} title=${this.t('transcript')} @click=${this.download}>
            <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 4v11m-5-5 5 5 5-5M5 20h14" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" /></svg>
          </button>
          <button type="button" class="icon focusable" aria-label=${this.t('close')} title=${this.t('close')} @click=${() => this.hide()}>
            <svg viewBox="0 0 24 24" aria-hidden="true"><path d="m6 6 12 12M18 6 6 18" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" /></svg>
          </button>
        </header>
        ${status ? html`<p class="status" part="status">${status}</p>` : nothing}
        ${this.needsPrechat ? renderPrechat(this, this.startChat) : this.renderConversation()}
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </section>`;
  }

  private pluralUnread(): string {
    const forms = chatStrings(this.localize.lang).unread;
    return forms[new Intl.PluralRules(this.localize.lang).select(this.unread)] ?? forms.other;
  }
}

defineElement('ger-live-chat', GerLiveChat);

declare global {
  interface HTMLElementTagNameMap {
    'ger-live-chat': GerLiveChat;
  }
}
