import { html, nothing } from 'lit';
import type { ChatView } from './chat-view.js';
import { hotlineLine } from './hotline.js';

/** The optional pre-chat form: name and topic, both optional, before the first message. */
export function renderPrechat(view: ChatView, start: (event: Event) => void) {
  return html`<form class="prechat" part="prechat" @submit=${start}>
    <p>${view.t('chatPrechatIntro')}</p>
    <label for="prechat-name">${view.t('chatName')} <span class="muted">${view.t('chatOptional')}</span></label>
    <input id="prechat-name" name="name" class="focusable" autocomplete="name" maxlength="100" />
    <label for="prechat-topic">${view.t('chatTopic')} <span class="muted">${view.t('chatOptional')}</span></label>
    <input id="prechat-topic" name="topic" class="focusable" maxlength="100" />
    <div class="actions"><button type="submit" class="action focusable">${view.t('chatStart')}</button></div>
  </form>`;
}

/**
 * While no agent is online: opening hours, the hotline, the offer to leave a message, and the reference number once one was left.
 */
export function renderOffline(
  view: ChatView,
  { hours, hotline, leaving, reference, leave }: { hours: string; hotline: string; leaving: boolean; reference?: string; leave: () => void },
) {
  return html`<div class="offline" part="offline">
    <p id="offline-note">${view.t('chatOffline', { hours })}</p>
    ${hotlineLine((key, params) => view.t(key, params), hotline)}
    ${reference ? html`<p class="reference">${view.t('chatReference', { reference })}</p>` : nothing}
    ${leaving ? nothing : html`<button type="button" class="action secondary focusable" @click=${leave}>${view.t('chatLeave')}</button>`}
  </div>`;
}
