import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { safeUrl } from '../utils/url.js';
import { attachmentUrl } from './attachments.js';
import type { ChatEntry } from './chat-session.js';
import type { ChatView } from './chat-view.js';

const STATE_KEY = { sending: 'chatSending', sent: 'chatSent', delivered: 'chatDelivered', failed: 'chatFailed' } as const;

export function sender(view: ChatView, entry: ChatEntry): string {
  if (entry.from === 'user') return view.t('chatYou');
  if (entry.from === 'bot') return view.t('chatBot');
  return entry.agent ? view.t('chatAgentNamed', { name: entry.agent }) : view.t('chatAgent');
}

function ownState(view: ChatView, entry: ChatEntry) {
  if (!entry.state) return nothing;
  if (entry.state !== 'failed') return html`<span class="state">${view.t(STATE_KEY[entry.state])}</span>`;
  const reason =
    entry.error === 'too-large'
      ? view.t(entry.attachment && entry.limit !== view.limits.text ? 'chatFileTooLarge' : 'chatTooLong', { limit: view.limitText(entry) })
      : entry.error === 'bad-attachment'
        ? view.t('chatFileType')
        : entry.error === 'quota'
          ? view.t('chatFileQuota')
          : entry.error === 'queue-full'
            ? view.t('chatQueueFull')
            : '';
  return html`<span class="state failed">${view.t('chatFailed')}${reason ? html`: ${reason}` : nothing}</span>
    <button type="button" class="link focusable" @click=${() => view.retry(entry)}>${view.t(entry.error ? 'chatEdit' : 'chatRetry')}</button>`;
}

function attachment(view: ChatView, entry: ChatEntry) {
  const file = entry.attachment;
  if (!file) return nothing;
  const label = view.t('chatAttachment', { name: file.name, size: view.size(file.size ?? 0) });
  const url = attachmentUrl(file);
  return html`<p class="file">${url ? html`<a class="focusable" href=${url} download=${file.name} target="_blank">${label}</a>` : label}</p>`;
}

function services(entry: ChatEntry) {
  if (!entry.services?.length) return nothing;
  return html`<ul class="services">
    ${entry.services.map((service) => {
      const url = safeUrl(service.url);
      return html`<li>${url ? html`<a class="focusable" href=${url}>${service.title}</a>` : service.title}</li>`;
    })}
  </ul>`;
}

/**
 * The conversation: a `role="log"`, so a screen reader reads each incoming message as it
 * arrives. The user's own messages are inside `aria-live="off"`: they are not read back.
 */
export function renderMessageList(view: ChatView) {
  const { entries } = view.session;
  return html`<div class="log focusable" role="log" aria-label=${view.t('chatMessages')} tabindex="0" part="log">
    ${entries.length ? nothing : html`<p class="empty">${view.t('chatEmpty')}</p>`}
    <ol>
      ${repeat(
        entries,
        (entry) => entry.id,
        (entry) => html`<li class="message ${entry.from === 'user' ? 'own' : 'incoming'} ${entry.from}" aria-live=${entry.from === 'user' ? 'off' : nothing}>
          <span class="sender">${sender(view, entry)}</span>
          ${entry.text ? html`<p class="text">${entry.text}</p>` : nothing} ${attachment(view, entry)} ${services(entry)}
          <span class="meta"><time datetime=${entry.at}>${view.time(entry.at)}</time> ${ownState(view, entry)}</span>
        </li>`,
      )}
    </ol>
  </div>`;
}
