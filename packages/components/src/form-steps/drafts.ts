import { css, html, nothing, type TemplateResult } from 'lit';
import { formDraftsStrings } from '../locales/form-drafts.js';
import { announce } from '../utils/announce.js';
import { formatMoment } from '../utils/date.js';
import { deleteDraft, DRAFT_PREFIX, type DraftProblem, localStorageStore, readDraft, writeDraft } from '../utils/draft.js';
import { isSecret, readField, resetField, writeField } from '../utils/form-fields.js';
import type { FormStepsHost, StepsDrafts } from './steps-host.js';
import { formatDateTime } from '../controllers/localize.js';
import { retryLater } from '../utils/retry.js';
import { warnOnce } from '../utils/warn.js';

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
  /* Not saved: in the text's own colour and bold, not muted like the time of a save. */
  .saved.failed {
    color: var(--ger-color-text);
    font-weight: var(--ger-font-weight-bold);
  }
`;

/** What the store still has to be told: the answers (marked sent or not), or to forget them. */
type Pending = 'save' | 'sent' | 'delete';

/** How long a post waits for its answers to be saved marked sent (ms): a store that hangs must not stop it. */
const SENT_WAIT = 3000;

/** How long answers marked sent are kept for a post that may have failed: two days, to come back the next day. */
const SENT_KEPT_MS = 2 * 24 * 60 * 60 * 1000;

/**
 * The drafts of `ger-form-steps`: every answer saved as it changes, restored after a reload,
 * discarded on request, cleared after sending. A module of its own, loaded by forms that have a
 * `form-id` as they appear: restoring is asynchronous anyway (a store may be a server).
 *
 * A store may fail (a server store offline, localStorage full). Nothing is lost for it:
 * - one request at a time, so an older save never lands after a newer one;
 * - a save that fails is said ("not saved", under the form and to screen readers) and tried
 *   again when the browser is back online, at the next change, and after a growing wait;
 * - a read that fails is said in the notice and tried again the same way. Until the draft has
 *   been read, nothing is written over it: what the user types meanwhile stays on the page and
 *   is saved once it has been read, keeping the user's newer answers. Only a draft actually read
 *   and found unusable (not JSON, another `draft-version`) is replaced, or one the user discards.
 */
export class DraftKeeper implements StepsDrafts {
  /** Why the notice shows: a draft restored, one sent, one not read yet, or one that could not be used. */
  notice?: 'restored' | 'sent' | DraftProblem;
  /** When the draft was last saved (ISO 8601). */
  savedAt = '';
  /** The last save failed: the line under the form says so until one succeeds. */
  failed = false;
  /** When the restored draft was sent (ISO 8601), for its notice. */
  private sentAt = '';
  private quiet = false;
  private queued = false;
  /** The stored draft has been read (found, missing or unusable): until then nothing is written over it. */
  private loaded = false;
  private pending?: Pending;
  private running?: Promise<void>;
  /** Cancels the retry waiting, if any. */
  private cancelRetry?: () => void;
  /** Failed tries in a row: the wait before the next grows with them. */
  private failures = 0;
  /** The fields the user changed (by name) and the position as the read began: what the user did since stays theirs. */
  private touched = new Set<string>();
  private start = { step: 0, done: 0 };

  constructor(private readonly host: FormStepsHost) {
    // Changes the user makes (not the restoring itself, nor a page filling one field from another).
    const touch = (event: Event) => {
      const name = this.quiet ? null : (event.target as Element).closest?.('[name]')?.getAttribute('name');
      if (name) this.touched.add(name);
    };
    host.addEventListener('input', touch);
    host.addEventListener('change', touch);
  }

  private get localize() {
    return this.host.localize;
  }

  private get key(): string {
    return DRAFT_PREFIX + this.host.formId;
  }

  private get store() {
    return this.host.store ?? localStorageStore;
  }

  /** Saves at the end of the current task, once for many changes (and tries again what failed). */
  queue(): void {
    if (this.quiet || this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      this.pending = 'save';
      void this.flush();
    });
  }

  /** Saves the answers marked sent, as the form is posted: kept until the page that follows says they arrived. */
  async markSent(): Promise<void> {
    this.pending = 'sent';
    await Promise.race([this.flush(), new Promise((resolve) => setTimeout(resolve, SENT_WAIT))]);
  }

  /** Forgets the draft (after sending, or when the user discards it), whether or not it was read. */
  async clear(): Promise<void> {
    this.loaded = true;
    this.pending = 'delete';
    await this.flush();
  }

  /** Discards the draft: every answer back to its default, back to the first step. */
  async discard(): Promise<void> {
    this.notice = undefined;
    const cleared = this.clear();
    // Back to the start without saving: an empty draft would greet the user on the next visit.
    this.quiet = true;
    for (const field of this.host.fields()) resetField(field);
    const first = this.host.activeSteps()[0] ?? 0;
    this.host.setPosition(first, []);
    await this.host.goTo(first);
    this.quiet = false;
    await cleared;
  }

  /**
   * Loads the draft: each answer, then the step. A restored field fires `change`, so answers that
   * depend on it (the soums of an aimag) follow before they are restored themselves. A read that
   * fails is tried again later; resolves either way.
   */
  restore(): Promise<void> {
    const { host } = this;
    this.touched = new Set();
    this.start = { step: host.current, done: host.completed.length };
    this.loaded = false;
    return this.flush();
  }

  /** Reads, then writes what is pending, one request at a time; what fails is tried again later. */
  private flush(): Promise<void> {
    return (this.running ??= this.drain());
  }

  private async drain(): Promise<void> {
    // Never finished at once: `running` is set before the loop can end and clear it.
    await null;
    try {
      while (!this.loaded || this.pending) {
        if (!(await (this.loaded ? this.write() : this.read()))) return this.tryLater();
      }
      this.cancelRetry?.();
      this.cancelRetry = undefined;
      this.failures = 0;
    } finally {
      this.running = undefined;
    }
  }

  private readonly flushNow = () => void this.flush();

  /** Tries again once the browser is back online, or after a wait that grows (`retryLater`), or at the next change. */
  private tryLater(): void {
    // One retry waiting at a time: failures at each keystroke do not put it off.
    this.cancelRetry ??= retryLater(() => {
      this.cancelRetry = undefined;
      this.flushNow();
    }, this.failures++);
  }

  /**
   * The form's `draft-version`. Written as text ("v2"), it is compared as that text, with a
   * warning: a draft of another version is still not restored, and this version's drafts are.
   */
  private get version(): number | string {
    const { draftVersion } = this.host;
    if (draftVersion == null) return 1;
    // A number, or one given as text by a framework ("2"); blank text is none.
    const number = String(draftVersion).trim() ? Number(draftVersion) : NaN;
    if (Number.isFinite(number)) return number;
    const written = this.host.getAttribute('draft-version') ?? String(draftVersion);
    warnOnce(`<ger-form-steps> draft-version="${written}" is not a number; it is compared as text.`);
    return written;
  }

  /** Reads the draft and restores it; false when the store could not be asked. */
  private async read(): Promise<boolean> {
    const { host } = this;
    const { draft, problem } = await readDraft(this.store, this.key, this.version);
    // Cleared or discarded meanwhile: the draft is no longer wanted.
    if (this.loaded) return true;
    this.notice = problem;
    host.requestUpdate();
    if (problem === 'unavailable') return false;
    this.loaded = true;
    // Read, and of no use: it may be replaced (by the next save, or removed now).
    if (problem) this.pending ??= 'delete';
    if (!draft) return true;
    // Sent, and never confirmed for days: the confirmation page did not clear it (no `form-id`), or
    // the citizen went on another way. Not restored into someone else's visit to a shared computer.
    if (draft.sentAt && Date.now() - Date.parse(draft.sentAt) > SENT_KEPT_MS) {
      this.pending ??= 'delete';
      return true;
    }
    this.quiet = true;
    for (const field of host.fields()) {
      // A field the user changed while the draft could not be read keeps the newer answer.
      if (!(field.name in draft.values) || isSecret(field) || this.touched.has(field.name)) continue;
      writeField(field, draft.values[field.name]);
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
    this.quiet = false;
    this.savedAt = draft.savedAt;
    this.sentAt = draft.sentAt ?? '';
    this.notice = this.sentAt ? 'sent' : 'restored';
    // The step the user was on, unless they went on meanwhile; or the nearest before it that still applies.
    if (host.current !== this.start.step || host.completed.length !== this.start.done) return true;
    const active = host.activeSteps();
    const step = active.includes(draft.step) ? draft.step : (active.filter((index) => index < draft.step).pop() ?? active[0] ?? 0);
    host.setPosition(step, draft.done);
    // Check answers, if that is where the user was, lists the restored answers.
    const heading = host.steps[step]?.getAttribute('heading') ?? '';
    host.dispatchEvent(
      new CustomEvent('ger-step-change', { detail: { step: active.indexOf(step) + 1, total: active.length, heading }, bubbles: true, composed: true }),
    );
    return true;
  }

  /**
   * Writes what is pending: every answer (of every step, shown or not) and the step the user is
   * on, or the deletion. False when the store failed; the pending write is kept to try again.
   */
  private async write(): Promise<boolean> {
    const { host } = this;
    const op = this.pending!;
    this.pending = undefined;
    let ok: boolean;
    if (op === 'delete') {
      // A deletion that fails is tried again without a word: no answer is at risk.
      ok = await deleteDraft(this.store, this.key);
      if (ok) this.savedAt = '';
    } else {
      // A password is never written to storage, where anyone using the computer next could read it.
      const values = Object.fromEntries(
        host
          .fields()
          .filter((field) => !isSecret(field))
          .map((field) => [field.name, readField(field)]),
      );
      const savedAt = new Date().toISOString();
      const draft = { version: this.version, step: host.current, done: host.completed, savedAt, values };
      ok = await writeDraft(this.store, this.key, op === 'sent' ? { ...draft, sentAt: savedAt } : draft);
      if (ok) this.savedAt = savedAt;
      // Said once when saving stops working, and once when it works again.
      if (this.failed === ok) announce(ok ? this.savedText() : this.localize.term('draftNotSaved'), this.localize.lang);
      this.failed = !ok;
    }
    // A newer request made meanwhile goes first.
    if (!ok) this.pending ??= op;
    host.requestUpdate();
    return ok;
  }

  private savedText(): string {
    const time = formatDateTime(this.localize, this.savedAt, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    return this.localize.term('draftSaved', { time });
  }

  /**
   * The notice: the draft is back (with a way to discard it), was sent (if no confirmation came,
   * send it again), could not be loaded yet (tried again; or start afresh), or could not be used.
   */
  renderNotice(): TemplateResult | typeof nothing {
    const { notice } = this;
    if (!notice) return nothing;
    const key = (
      { restored: 'draftRestored', sent: 'draftSent', outdated: 'draftOutdated', unavailable: 'draftUnavailable', unreadable: 'draftUnreadable' } as const
    )[notice];
    // With its day (a sent draft may be days old), in the words of Ger's other dates, in the reader's time zone.
    const time =
      notice === 'sent'
        ? formatMoment(
            this.localize,
            { date: new Date(this.sentAt), dayOnly: false, datetime: this.sentAt },
            new Intl.DateTimeFormat().resolvedOptions().timeZone,
          )
        : '';
    return html`<p>${this.localize.term(key, { time })}</p>
      ${
        notice === 'restored' || notice === 'sent' || notice === 'unavailable'
          ? html`<button class="action quiet focusable" type="button" @click=${() => this.discard()}>${this.localize.term('draftDiscard')}</button>`
          : nothing
      }`;
  }

  /** "Ноорог хадгалагдсан: 14:05" once saved; "not saved" while saving fails. */
  renderSaved(): TemplateResult | typeof nothing {
    if (this.failed) return html`<p class="saved failed">${this.localize.term('draftNotSaved')}</p>`;
    return this.savedAt ? html`<p class="saved">${this.savedText()}</p>` : nothing;
  }
}
