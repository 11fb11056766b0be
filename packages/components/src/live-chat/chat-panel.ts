import { html, nothing, type ReactiveController } from 'lit';
import { readAttachment } from './attachments.js';
import { type ChatEntry, type ChatNoticeKind, ChatSession } from './chat-session.js';
import { type ChatAttachment, type ChatLimits, type ChatTransport, DEFAULT_MAX_ATTACHMENT_SIZE, isChatTransport, newMessageId } from './chat-transport.js';
import type { ComposerView } from './chat-view.js';
import { renderComposer } from './composer.js';
import { chatPanelStyles } from './chat-panel.styles.js';
import { PHONE_MEDIA } from './live-chat.styles.js';
import { deepActiveElement, isFocusable } from '../utils/focus.js';
import type { LiveChatHost } from './live-chat-host.js';
import { formatDateTime, formatNumber, type Params } from '../controllers/localize.js';
import { liveChatPanelStrings } from '../locales/live-chat-panel.js';
import type { TermKey } from '../locales/translation.js';
import { renderMessageList, sender } from './message-list.js';
import { renderOffline, renderPrechat } from './panel-forms.js';
import { downloadText, transcriptBody, transcriptText } from './transcript.js';
import { formatFileSize } from '../utils/file-size.js';
import { WebSocketTransport } from './websocket-transport.js';
import { safeUrl } from '../utils/url.js';
import { wholeNumber } from '../utils/number.js';
import { warnOnce } from '../utils/warn.js';
import { isComposing } from '../utils/composing.js';

/** The panel's styles and strings join the element's as it loads (see `LazyPartController`). */
export { chatPanelStyles as styles, liveChatPanelStrings as strings };

const TYPING_ANNOUNCE_EVERY_MS = 30_000;

/**
 * Everything behind the launcher, as a controller of `<ger-live-chat>`: the conversation, the
 * composer, the forms and the transport, rendered as the panel. The element loads this module
 * when it is first needed (opened, or a conversation to resume), so a page that only shows the
 * launcher does not download it.
 */
export class ChatPanelController implements ReactiveController, ComposerView {
  readonly session: ChatSession;
  draftError = '';
  file?: ChatAttachment;
  leaving = false;
  /** The user ended the chat and this device forgot it: said until a new chat starts. */
  private ended = false;
  private announcement = '';
  private followLog = true;
  private lastTypingSent = 0;
  private lastTypingAnnounced = 0;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private server?: string;
  private transport?: ChatTransport;
  /** What the session talks through: the page's transport, or a WebSocket to its server. */
  private connection?: ChatTransport;
  /** Matches while the open panel covers the whole screen (a phone): it is modal then. */
  private readonly fullScreen = typeof matchMedia === 'function' ? matchMedia(PHONE_MEDIA) : undefined;
  private readonly followScreen = () => {
    this.host.requestUpdate();
    this.keepFocusIn();
  };
  /**
   * While the panel covers the page, focus that lands on the page beneath (a phone turned, a
   * browser whose Tab skips links) comes back to the panel.
   */
  private readonly keepFocusIn = () => {
    const active = deepActiveElement();
    if (!this.fullScreen?.matches || !this.host.open || !active || this.host.contains(active) || this.host.renderRoot.contains(active)) return;
    this.focusFirst();
  };

  constructor(private readonly host: LiveChatHost) {
    this.session = new ChatSession({
      addController: (controller) => host.addController(controller),
      removeController: (controller) => host.removeController(controller),
      requestUpdate: () => host.requestUpdate(),
      get updateComplete() {
        return host.updateComplete;
      },
      chatIncoming: (_entry, live) => {
        if (!host.open && live) host.unread += 1;
      },
      chatNotice: (kind, entry) => this.notice(kind, entry),
    });
    host.addController(this);
  }

  get attachmentsAllowed(): boolean {
    return this.host.attachments;
  }

  get limits(): ChatLimits {
    const server = this.session.limits;
    const own = wholeNumber(this.host, 'max-attachment-size', this.host.maxAttachmentSize, 1, DEFAULT_MAX_ATTACHMENT_SIZE);
    return { text: server?.text ?? 2000, attachment: Math.min(own, server?.attachment ?? Infinity) };
  }

  private get draft() {
    return this.host.renderRoot.querySelector<HTMLTextAreaElement>('#draft');
  }

  private get log() {
    return this.host.renderRoot.querySelector<HTMLElement>('.log');
  }

  /** Without a server or a transport nothing can be sent: the panel offers the hotline instead of a composer. */
  private get unconnected(): boolean {
    return !this.connection;
  }

  /** The page's transport, else a WebSocket to its server; one given that cannot be used is said and left out. */
  private connect(): ChatTransport | undefined {
    const { server, transport } = this.host;
    if (transport != null) {
      if (isChatTransport(transport)) return transport;
      warnOnce('<ger-live-chat> transport is not a ChatTransport (connect, disconnect, send, setTyping, pending, hasConversation, subscribe); it is not used.');
    }
    if (!server) return undefined;
    // A WebSocket URL, or one of the page's (http, https, relative) made one.
    if (/^wss?:/i.test(String(server).trim()) || safeUrl(server)) return new WebSocketTransport({ url: String(server) });
    warnOnce(`<ger-live-chat> server="${String(server).slice(0, 60)}" is not a ws, wss, http, https or relative URL; it is not used.`);
    return undefined;
  }

  get needsPrechat(): boolean {
    return this.host.prechat && !this.session.hasConversation;
  }

  hostConnected(): void {
    this.fullScreen?.addEventListener('change', this.followScreen);
    document.addEventListener('focusin', this.keepFocusIn);
    // Put back in the page after a move: the next update reconnects.
    this.server = this.transport = this.connection = undefined;
  }

  hostDisconnected(): void {
    this.fullScreen?.removeEventListener('change', this.followScreen);
    document.removeEventListener('focusin', this.keepFocusIn);
    this.session.use(undefined);
  }

  /** Before each render: follow `server`/`transport`, start when open, note the scroll. */
  hostUpdate(): void {
    const { host } = this;
    if (host.server !== this.server || host.transport !== this.transport) {
      this.server = host.server;
      this.transport = host.transport;
      this.connection = this.connect();
      this.session.use(this.connection);
      if (this.unconnected) warnOnce('<ger-live-chat> has no server or transport: its panel offers the hotline and opening hours only.');
    }
    // After "forget this device" nothing connects (and nothing is stored) until the user writes.
    if (host.open && !this.session.started && !this.needsPrechat && !this.ended && !this.unconnected) this.start();
    // Follow new messages only while the reader is at the end (never pull them away from history).
    const log = this.log;
    this.followLog = !log || log.scrollHeight - log.scrollTop - log.clientHeight < log.clientHeight / 4;
  }

  hostUpdated(): void {
    if (this.followLog && this.log) this.log.scrollTop = this.log.scrollHeight;
  }

  private start(profile = {}): void {
    this.ended = false;
    this.session.start({ lang: this.host.localize.lang, ...profile });
  }

  /** Focus on opening: the first pre-chat field, or the composer. */
  focusFirst(): void {
    const root = this.host.renderRoot;
    (root.querySelector<HTMLElement>('#prechat-name, #draft') ?? root.querySelector<HTMLElement>('.offline a'))?.focus();
  }

  t(key: TermKey, params?: Params): string {
    return this.host.localize.term(key, params);
  }

  time(iso: string): string {
    return formatDateTime(this.host.localize, iso, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  }

  size(bytes: number): string {
    return formatFileSize(bytes, this.host.localize);
  }

  limitText(entry: ChatEntry): string {
    if (entry.limit === undefined) return '';
    return entry.attachment && entry.limit !== this.limits.text ? this.size(entry.limit) : formatNumber(this.host.localize, entry.limit);
  }

  retry(entry: ChatEntry): void {
    if (entry.error) {
      // Refused as it was: give it back to the composer to shorten or change.
      this.session.discard(entry.id);
      const draft = this.draft;
      if (draft) {
        // Anything typed since stays, after the refused text: nothing the user wrote is lost.
        const typed = draft.value.trim() ? draft.value : '';
        draft.value = [entry.text, typed].filter(Boolean).join('\n');
        draft.focus();
      }
      // Its file comes back too (the composer holds one: it takes the place of one chosen since),
      // said as a chosen file is, since focus is on the composer, away from the line naming it.
      if (entry.attachment) this.attach(entry.attachment);
      return;
    }
    this.session.retry(entry);
    this.host.requestUpdate();
  }

  private notice(kind: ChatNoticeKind, entry?: ChatEntry): void {
    if (kind === 'forgotten') {
      this.ended = true;
      this.leaving = false;
      this.draftError = '';
      this.file = undefined;
      this.announce(this.t('chatForgotten'));
    } else if (kind === 'typing') {
      // Said at most once in a while: a screen reader hearing "typing" every few seconds is noise.
      if (!this.host.open || Date.now() - this.lastTypingAnnounced < TYPING_ANNOUNCE_EVERY_MS) return;
      this.lastTypingAnnounced = Date.now();
      this.announce(this.t('chatTyping'));
    } else if (kind === 'disconnected') {
      this.announce(this.t('chatReconnecting'));
    } else if (kind === 'reconnected') {
      this.announce(this.t('chatReconnected'));
    } else if (kind === 'refused') {
      this.announce(this.t('chatTooManyTabs'));
    } else if (kind === 'reference') {
      this.leaving = false;
      this.announce(this.t('chatReference', { reference: this.session.reference ?? '' }));
    } else if (entry) {
      this.announce(this.t('chatNotSent'));
    }
  }

  private announce(text: string): void {
    // Emptied first, so the same words said twice are announced twice.
    this.setAnnouncement('');
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.setAnnouncement(text);
      // Said, then gone: a stale "typing" must not be found later by reading the page.
      this.announceTimer = setTimeout(() => this.setAnnouncement(''), 8000);
    }, 100);
  }

  private setAnnouncement(text: string): void {
    this.announcement = text;
    this.host.requestUpdate();
  }

  /**
   * Shows why the draft or its file cannot be sent, and says it: focus stays on the composer or
   * the file button, so a screen reader would not read the new description by itself.
   */
  private refuse(text: string): void {
    this.draftError = text;
    this.host.requestUpdate();
    this.announce(text);
  }

  keydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.shiftKey && !isComposing(event)) {
      event.preventDefault();
      this.submit(event);
    }
  }

  input(): void {
    if (this.draftError) {
      this.draftError = '';
      this.host.requestUpdate();
    }
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
      this.refuse(this.t(result, { limit: this.size(this.limits.attachment) }));
    } else {
      this.draftError = '';
      // The picker closes with focus on the Attach button: say what is now attached.
      this.attach(result);
    }
    this.host.requestUpdate();
  }

  /** Puts the file in the composer and says so: focus is away from the line that names it. */
  private attach(file: ChatAttachment): void {
    this.file = file;
    this.announce(this.t('chatAttachment', { name: file.name, size: this.size(file.size ?? 0) }));
  }

  removeFile(): void {
    this.file = undefined;
    this.host.requestUpdate();
    this.draft?.focus();
  }

  submit(event: Event): void {
    event.preventDefault();
    const draft = this.draft;
    if (!draft) return;
    const text = draft.value.trim();
    if (!text && !this.file) return;
    if (text.length > this.limits.text) {
      this.refuse(this.t('chatTooLong', { limit: formatNumber(this.host.localize, this.limits.text) }));
      draft.focus();
      return;
    }
    if (!this.session.started) this.start();
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
    this.start({ name: value('name'), topic: value('topic') });
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.draft?.focus();
  };

  private download = () => {
    const line = (e: ChatEntry) =>
      `[${formatDateTime(this.host.localize, e.at, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}] ${sender(this, e)}: ${transcriptBody(e.text)}${e.attachment ? ` (${transcriptBody(e.attachment.name)})` : ''}`;
    downloadText(`ger-chat-${new Date().toISOString().slice(0, 10)}.txt`, transcriptText(this.t('chatTitle'), this.session.entries, line));
  };

  /** "End chat and forget this device"; focus moves to the line that says it is done. */
  private forgetDevice = async () => {
    // The panel clears at once; the server's confirmation may take a moment longer.
    const revoked = this.session.forget();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('#ended')?.focus();
    await revoked;
  };

  private leave = () => {
    this.leaving = true;
    this.host.requestUpdate();
    this.host.updateComplete.then(() => this.draft?.focus());
  };

  private statusLine(): string {
    const { availability, connection, started } = this.session;
    if (connection === 'refused') return this.t('chatTooManyTabs');
    if (connection !== 'open') return started ? this.t(connection === 'connecting' && !availability ? 'chatConnecting' : 'chatReconnecting') : '';
    if (!availability || availability.status === 'offline') return '';
    return availability.status === 'busy' ? this.t('chatBusy', { count: formatNumber(this.host.localize, availability.queue) }) : this.t('chatOnline');
  }

  /** While no agent is online, or nothing connects: opening hours and the hotline. */
  private renderOffline(hours?: string) {
    return renderOffline(this, {
      hours: hours || this.host.openingHours || this.t('chatHoursDefault'),
      hotline: this.host.hotline,
      leaving: this.leaving || this.unconnected,
      reference: this.session.reference,
      leave: this.leave,
    });
  }

  private renderConversation() {
    const availability = this.session.availability;
    return html`${renderMessageList(this)}
      ${this.session.agentTyping ? html`<p class="typing" aria-hidden="true">${this.t('chatTyping')}</p>` : nothing}
      ${availability?.status === 'offline' ? this.renderOffline(availability.hours) : nothing}
      ${renderComposer(this)}
      ${
        this.session.entries.length
          ? html`<div class="actions end-chat"><button type="button" class="action secondary focusable" @click=${this.forgetDevice}>${this.t('chatForget')}</button></div>`
          : nothing
      }`;
  }

  /**
   * On a phone the open panel covers the page: Tab goes round inside it, never to what lies hidden
   * beneath it (WCAG 2.4.11), as in a modal dialog.
   */
  private readonly keepFocusInside = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || !this.fullScreen?.matches) return;
    const panel = event.currentTarget as HTMLElement;
    const stops = [...panel.querySelectorAll<HTMLElement>('*')].filter((el) => isFocusable(el) && el.getClientRects().length > 0);
    const [first, last] = [stops[0], stops[stops.length - 1]];
    const active = deepActiveElement();
    if (event.shiftKey ? active === first || active === panel : active === last) {
      event.preventDefault();
      (event.shiftKey ? last : first)?.focus();
    }
  };

  /**
   * The panel: a dialog, modal only where it covers the page (Escape is handled by the element).
   * Each icon button is named by its title alone: an aria-label too would be read again as its description.
   */
  render(onKeydown: (event: KeyboardEvent) => void, onClose: () => void) {
    const status = this.statusLine();
    // With no one to chat to, what the panel says instead is read as it opens, not only the hotline link focused.
    const offline = this.unconnected || (!this.needsPrechat && this.session.availability?.status === 'offline');
    return html`<section
      id="panel"
      class="panel"
      part="panel"
      role="dialog"
      aria-labelledby="title"
      aria-describedby=${offline ? 'offline-note' : nothing}
      aria-modal=${this.fullScreen?.matches ? 'true' : nothing}
      ?hidden=${!this.host.open}
      @keydown=${(event: KeyboardEvent) => (this.keepFocusInside(event), onKeydown(event))}
    >
      <header class="header">
        <h2 id="title">${this.t('chatTitle')}</h2>
        <button type="button" class="icon focusable" title=${this.t('chatTranscript')} @click=${this.download}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 4v11m-5-5 5 5 5-5M5 20h14" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" /></svg>
        </button>
        <button type="button" class="icon focusable" title=${this.t('chatClose')} @click=${onClose}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="m6 6 12 12M18 6 6 18" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" /></svg>
        </button>
      </header>
      ${status ? html`<p class="status" part="status">${status}</p>` : nothing}
      ${this.ended ? html`<p id="ended" class="status" part="status" tabindex="-1">${this.t('chatForgotten')}</p>` : nothing}
      ${this.unconnected ? this.renderOffline() : this.needsPrechat ? renderPrechat(this, this.startChat) : this.renderConversation()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }
}
