import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { safeUrl } from '../utils/url.js';
import { attachmentUrl } from './attachments.js';
import type { ChatEntry } from './chat-session.js';
import type { ChatView } from './chat-view.js';

export function sender(view: ChatView, entry: ChatEntry): string {
  if (entry.from === 'user') return view.t('you');
  if (entry.from === 'bot') return view.t('bot');
  return entry.agent ? view.t('agentNamed', { name: entry.agent }) : view.t('agent');
}

function ownState(view: ChatView, entry: ChatEntry) {
  if (!entry.state) return nothing;
  if (entry.state !== 'failed') return html`<span class="state">${view.t(entry.state)}</span>`;
  const reason = entry.error === 'too-large' ? view.t(entry.attachment && entry.limit !== view.limits.text ? 'fileTooLarge' : 'tooLong', { limit: view.limitText(entry) }) : entry.error === 'bad-attachment' ? view.t('fileType') : '';
  return html`<span class="state failed">${view.t('failed')}${reason ? html`: ${reason}` : nothing}</span>
    <button type="button" class="link focusable" @click=${() => view.retry(entry)}>${view.t(entry.error ? 'edit' : 'retry')}</button>`;
}

function attachment(view: ChatView, entry: ChatEntry) {
  const file = entry.attachment;
  if (!file) return nothing;
  const label = view.t('attachment', { name: file.name, size: view.size(file.size ?? 0) });
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
  return html`<div class="log focusable" role="log" aria-label=${view.t('messages')} tabindex="0" part="log">
    ${entries.length ? nothing : html`<p class="empty">${view.t('empty')}</p>`}
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
