import { css, html, nothing, type TemplateResult } from 'lit';
import { formDraftsStrings } from '../locales/form-drafts.js';
import { deleteDraft, DRAFT_PREFIX, type DraftProblem, localStorageStore, readDraft, writeDraft } from '../utils/draft.js';
import { isSecret, readField, resetField, writeField } from '../utils/form-fields.js';
import type { FormStepsHost } from './steps-host.js';
import { formatDateTime } from '../controllers/localize.js';

export { formDraftsStrings as strings };

/** The draft notice and "saved at": styles that come with this module. */
export const styles = css`
  .notice.shown {
    margin-block-end: var(--ger-space-lg);
    padding: var(--ger-space-sm) var(--ger-space-md);
    border-inline-start: var(--ger-border-width-heavy) solid var(--ger-color-info);
    background: var(--ger-color-info-subtle);
    color: var(--ger-color-on-info-subtle);
  }
  .notice p {
    margin: 0;
  }
  .notice .action {
    padding-inline: 0;
    color: inherit;
  }
  .saved {
    color: var(--ger-color-text-muted);
    font-size: var(--ger-font-size-sm);
  }
`;

/**
 * The drafts of `ger-form-steps`: every answer saved as it changes, restored after a reload,
 * discarded on request, cleared after sending. A module of its own, loaded by forms that have a
 * `form-id` as they appear: restoring is asynchronous anyway (a store may be a server).
 */
export class DraftKeeper {
  /** Why the notice shows: a draft restored, or one that could not be used. */
  notice?: 'restored' | DraftProblem;
  /** When the draft was last saved (ISO 8601). */
  savedAt = '';
  private quiet = false;
  private queued = false;
  constructor(private readonly host: FormStepsHost) {}

  private get localize() {
    return this.host.localize;
  }

  private get key(): string {
    return DRAFT_PREFIX + this.host.formId;
  }

  private get store() {
    return this.host.store ?? localStorageStore;
  }

  /** Saves at the end of the current task, once for many changes. */
  queue(): void {
    if (this.quiet || this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      void this.save();
    });
  }

  /** Saves every answer (of every step, shown or not) and the step the user is on. */
  async save(): Promise<void> {
    const { host } = this;
    // A password is never written to storage, where anyone using the computer next could read it.
    const values = Object.fromEntries(
      host
        .fields()
        .filter((field) => !isSecret(field))
        .map((field) => [field.name, readField(field)]),
    );
    const savedAt = new Date().toISOString();
    await writeDraft(this.store, this.key, { version: host.draftVersion, step: host.current, done: host.completed, savedAt, values });
    this.savedAt = savedAt;
    host.requestUpdate();
  }

  /** Forgets the draft (after sending, or when the user discards it). */
  async clear(): Promise<void> {
    await deleteDraft(this.store, this.key);
    this.savedAt = '';
    this.host.requestUpdate();
  }

  /** Discards the draft: every answer back to its default, back to the first step. */
  async discard(): Promise<void> {
    await this.clear();
    this.notice = undefined;
    // Back to the start without saving: an empty draft would greet the user on the next visit.
    this.quiet = true;
    for (const field of this.host.fields()) resetField(field);
    const first = this.host.activeSteps()[0] ?? 0;
    this.host.setPosition(first, []);
    await this.host.goTo(first);
    this.quiet = false;
  }

  /**
   * Loads the draft: each answer, then the step. A restored field fires `change`, so answers that
   * depend on it (the soums of an aimag) follow before they are restored themselves.
   */
  async restore(): Promise<void> {
    const { host } = this;
    const { draft, problem } = await readDraft(this.store, this.key, host.draftVersion);
    if (problem) {
      this.notice = problem;
      host.requestUpdate();
      await deleteDraft(this.store, this.key);
      return;
    }
    if (!draft) return;
    this.quiet = true;
    for (const field of host.fields()) {
      if (!(field.name in draft.values) || isSecret(field)) continue;
      writeField(field, draft.values[field.name]);
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
    this.quiet = false;
    this.savedAt = draft.savedAt;
    this.notice = 'restored';
    // The step the user was on, or the nearest before it that still applies.
    const active = host.activeSteps();
    const step = active.includes(draft.step) ? draft.step : (active.filter((index) => index < draft.step).pop() ?? active[0] ?? 0);
    host.setPosition(step, draft.done);
    host.requestUpdate();
    // Check answers, if that is where the user was, lists the restored answers.
    const heading = host.steps[step]?.getAttribute('heading') ?? '';
    host.dispatchEvent(
      new CustomEvent('ger-step-change', { detail: { step: active.indexOf(step) + 1, total: active.length, heading }, bubbles: true, composed: true }),
    );
  }

  /** The notice after a reload: the draft is back (with a way to discard it), or it could not be used. */
  renderNotice(): TemplateResult | typeof nothing {
    if (!this.notice) return nothing;
    const key = this.notice === 'restored' ? 'draftRestored' : this.notice === 'outdated' ? 'draftOutdated' : 'draftUnreadable';
    return html`<p>${this.localize.term(key)}</p>
      ${
        this.notice === 'restored'
          ? html`<button class="action quiet focusable" type="button" @click=${() => this.discard()}>${this.localize.term('draftDiscard')}</button>`
          : nothing
      }`;
  }

  /** "Ноорог хадгалагдсан: 14:05" once saved. */
  renderSaved(): TemplateResult | typeof nothing {
    if (!this.savedAt) return nothing;
    const time = formatDateTime(this.localize, this.savedAt, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    return html`<p class="saved">${this.localize.term('draftSaved', { time })}</p>`;
  }
}
