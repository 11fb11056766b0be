import { html, nothing } from 'lit';
import { ATTACHMENT_TYPES } from './attachments.js';
import type { ComposerView } from './chat-view.js';

/**
 * The composer: a labelled text area (Enter sends, Shift+Enter adds a line), an optional file
 * and the send button. While the user leaves a message for later, the label says so.
 */
export function renderComposer(view: ComposerView) {
  const described = view.draftError ? 'hint composer-error' : 'hint';
  return html`<form class="composer" part="composer" @submit=${(e: Event) => view.submit(e)}>
    <label for="draft">${view.t(view.leaving ? 'chatLeaveLabel' : 'chatMessageLabel')}</label>
    <textarea
      id="draft"
      class="focusable"
      rows="2"
      aria-describedby=${described}
      aria-invalid=${view.draftError ? 'true' : 'false'}
      @keydown=${(e: KeyboardEvent) => view.keydown(e)}
      @input=${() => view.input()}
    ></textarea>
    <p id="hint" class="hint">${view.t('chatHint')}</p>
    ${view.draftError ? html`<p id="composer-error" class="error">${view.draftError}</p>` : nothing}
    ${
      view.file
        ? html`<p class="chosen">
          ${view.t('chatAttachment', { name: view.file.name, size: view.size(view.file.size ?? 0) })}
          <button type="button" class="link focusable" @click=${() => view.removeFile()}>${view.t('chatRemoveAttachment', { name: view.file.name })}</button>
        </p>`
        : nothing
    }
    <div class="actions">
      ${
        view.attachmentsAllowed
          ? html`<label class="action secondary file-button"
            ><input class="visually-hidden" type="file" accept=${ATTACHMENT_TYPES.join(',')} @change=${(e: Event) => view.chooseFile(e)} />${view.t('chatAttach')}</label
          >`
          : nothing
      }
      <button type="submit" class="action focusable">${view.t(view.leaving ? 'chatLeave' : 'chatSend')}</button>
    </div>
  </form>`;
}
