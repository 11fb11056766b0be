import { html, isServer, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { FieldValue } from '../base/form-control.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import { type ErrorLink, errorsIn } from '../error-summary/error-summary.js';
import '../error-summary/error-summary.js';
import type { GerErrorSummary } from '../error-summary/error-summary.js';
import type { GerFormStep } from '../form-step/form-step.js';
import '../form-step/form-step.js';
import { stepsStrings } from '../locales/forms/steps.js';
import { addStrings } from '../locales/registry.js';
import { actionStyles } from '../styles/action.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { deleteDraft, DRAFT_PREFIX, type DraftProblem, type DraftStore, localStorageStore, readDraft, writeDraft } from '../utils/draft.js';
import { type Field, fieldEntries, fieldsIn, readField, resetField, writeField } from '../utils/form-fields.js';
import { formStepsStyles } from './form-steps.styles.js';

addStrings(stepsStrings);

/** Input types where Enter means "Continue", as it would submit a one-page form. */
const ENTER_CONTINUES = /^(text|email|tel|number|search|url|password|date)$/;

/**
 * @tagname ger-form-steps
 * @summary A multi-step application: one topic per step, checked before the next, never losing an answer.
 *
 * - Shows one `ger-form-step` at a time under "Алхам 2/5: Холбоо барих" with a list of the steps
 *   (`aria-current="step"`); on every step change focus moves to the step heading and the page
 *   title names the step. Enter in a text field means Continue.
 * - Continue checks the step first: the errors are listed in an error summary that takes focus.
 *   Back never checks and never loses anything. Optional steps can be skipped; a step with
 *   `when` is shown only for some answers, and its answers are not sent while it is not shown.
 * - A step holding `ger-check-answers` lists every answer with a Change link; after the change,
 *   Continue comes back to it.
 * - Every change is saved as a draft in `store` (localStorage by default) under `form-id`; after a
 *   reload or a crash the user is back at the same step with every answer, and may discard the
 *   draft. A draft that cannot be read, or of another `draft-version`, starts a clean form with a
 *   notice. Nothing is ever thrown away on a timer.
 * - The last step sends `ger-submit` with the application as FormData and JSON; then the draft is
 *   cleared and an enclosing `<form>` is submitted to its server.
 *
 * @slot - `ger-form-step` elements.
 *
 * @csspart progress - The list of steps.
 * @csspart heading - The step heading.
 * @csspart actions - The Continue, Back and Skip buttons.
 * @csspart notice - The draft notice.
 *
 * @fires ger-step-change - After moving to another step.
 * @fires ger-submit - When the whole application is valid and sent (cancelable).
 */
export class GerFormSteps extends GerElement {
  static override styles = [...sharedStyles, actionStyles, formStepsStyles];

  /** Names this form's draft; without it no draft is kept. */
  @property({ attribute: 'form-id' }) formId = '';

  /** Raise it when the form's questions change, so older drafts are not loaded into the new form. */
  @property({ type: Number, attribute: 'draft-version' }) draftVersion = 1;

  /** Where drafts are kept (see `DraftStore`); the browser's localStorage by default. */
  @property({ attribute: false }) store: DraftStore = localStorageStore;

  /** Level of the step heading in the page outline, 1 to 5. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Label of the last step's button; "Илгээх" / "Submit" by default. */
  @property({ attribute: 'submit-label' }) submitLabel = '';

  /** Leaves the page title alone (by default it names the step). */
  @property({ type: Boolean, attribute: 'keep-title' }) keepTitle = false;

  @state() private currentIndex = 0;

  @state() private errors: ErrorLink[] = [];
  @state() private notice?: 'restored' | DraftProblem;
  @state() private savedAt = '';

  /** Steps the user has completed. */
  private done = new Set<number>();
  /** The check-answers step to come back to after a change. */
  private returnTo?: number;
  private baseTitle = '';
  private restoring = false;
  private saveQueued = false;
  private form?: HTMLFormElement | null;

  @query('#heading') private headingElement!: HTMLElement;
  @query('ger-error-summary') private summary!: GerErrorSummary;

  constructor() {
    super();
    this.addEventListener('input', this.queueSave);
    this.addEventListener('change', this.queueSave);
    this.addEventListener('keydown', this.handleEnter);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.baseTitle = document.title;
    this.form = this.closest('form');
    this.form?.addEventListener('formdata', this.pruneFormData);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.form?.removeEventListener('formdata', this.pruneFormData);
    if (!this.keepTitle) document.title = this.baseTitle;
  }

  /** The step shown, counting every step (shown or not). Move with `next()`, `back()`, `goTo()`. */
  get current(): number {
    return this.currentIndex;
  }

  get steps(): GerFormStep[] {
    // On the server there is no light DOM to read: every step renders, a long form until scripts run.
    return isServer ? [] : [...this.children].filter((child): child is GerFormStep => child.localName === 'ger-form-step');
  }

  /**
   * Indexes of the steps that apply, in order. A step's `when` is read against the answers of
   * the steps before it that apply, so a skipped step's answers never switch another one on.
   */
  activeSteps(): number[] {
    const data = new FormData();
    const active: number[] = [];
    this.steps.forEach((step, index) => {
      if (!step.appliesTo(data)) return;
      active.push(index);
      for (const field of fieldsIn(step)) for (const [name, value] of fieldEntries(field)) data.append(name, value);
    });
    return active;
  }

  private fields(indexes = this.steps.map((_, index) => index)): Field[] {
    return indexes.flatMap((index) => fieldsIn(this.steps[index]));
  }

  /** The application as FormData: the answers of the steps that apply. */
  toFormData(): FormData {
    if (this.form) return new FormData(this.form);
    const data = new FormData();
    for (const field of this.fields(this.activeSteps())) for (const [name, value] of fieldEntries(field)) data.append(name, value);
    return data;
  }

  /** The application as JSON: each answer of the steps that apply, by name. */
  toJSON(): Record<string, FieldValue> {
    return Object.fromEntries(this.fields(this.activeSteps()).map((field) => [field.name, readField(field)]));
  }

  /** A native form posting the application sends only the answers of the steps that apply. */
  private pruneFormData = (event: FormDataEvent) => {
    const active = new Set(this.activeSteps());
    const kept = new Set(this.fields([...active]).map((field) => field.name));
    this.steps.forEach((step, index) => {
      if (active.has(index)) return;
      for (const field of fieldsIn(step)) if (!kept.has(field.name)) event.formData.delete(field.name);
    });
  };

  /** Checks the current step; shows its errors in the summary (which takes focus) if any. */
  private async check(index: number): Promise<boolean> {
    this.errors = errorsIn(fieldsIn(this.steps[index]));
    this.updateTitle();
    if (!this.errors.length) return true;
    await this.updateComplete;
    await this.summary.show(this.errors);
    return false;
  }

  /** Checks the step and goes on: to the next step that applies, back to check answers, or sends. */
  async next(): Promise<void> {
    if (!(await this.check(this.current))) return;
    this.done.add(this.current);
    await this.advance();
  }

  /** Goes on without checking, from an optional step. */
  async skip(): Promise<void> {
    this.done.add(this.current);
    await this.advance();
  }

  private async advance() {
    const after = this.activeSteps().filter((index) => index > this.current);
    if (!after.length) return this.submit();
    let target = after[0];
    if (this.returnTo !== undefined) {
      // After a change, come back to check answers, unless the change switched on a step not yet answered.
      target = after.find((index) => index < this.returnTo! && !this.done.has(index)) ?? this.returnTo;
      if (target === this.returnTo) this.returnTo = undefined;
    }
    await this.goTo(target);
  }

  /** Goes to the step before that applies, keeping every answer. */
  async back(): Promise<void> {
    const before = this.activeSteps().filter((index) => index < this.current);
    if (before.length) await this.goTo(before[before.length - 1]);
  }

  /**
   * Shows a step (index among all steps). Focus moves to its heading, or to `focus`, and the
   * page title names it.
   */
  async goTo(index: number, focus?: HTMLElement): Promise<void> {
    this.currentIndex = Math.min(Math.max(0, index), this.steps.length - 1);
    this.errors = [];
    await this.updateComplete;
    if (focus) {
      focus.scrollIntoView({ block: 'center' });
      focus.focus({ preventScroll: true });
    } else {
      this.headingElement.focus();
    }
    const { step, total } = this.position();
    this.emit('ger-step-change', { step, total, heading: this.steps[this.current].heading });
    this.queueSave();
  }

  /** From check answers: goes to the step of `field` and focuses it; Continue then comes back. */
  async edit(field: HTMLElement): Promise<void> {
    const index = this.steps.findIndex((step) => step.contains(field));
    if (index < 0) return;
    this.returnTo = this.current;
    await this.goTo(index, field);
  }

  /**
   * Checks every step that applies (going to the first with errors), then sends `ger-submit`.
   * Not cancelled, it clears the draft and submits an enclosing `<form>`.
   */
  async submit(): Promise<void> {
    const active = this.activeSteps();
    for (const index of active) {
      const invalid = fieldsIn(this.steps[index]).some((field) => field.willValidate && !field.checkValidity());
      if (!invalid) continue;
      if (index !== this.current) await this.goTo(index);
      await this.check(index);
      return;
    }
    this.done.add(this.current);
    if (!this.emit('ger-submit', { formData: this.toFormData(), json: this.toJSON() }, true)) return;
    await this.clearDraft();
    if (this.form) {
      // Every step that applies is checked: a stand-in submitter skips the browser's own check,
      // which would stop at the hidden steps that do not apply.
      const submitter = document.createElement('button');
      submitter.type = 'submit';
      submitter.formNoValidate = true;
      submitter.hidden = true;
      this.form.append(submitter);
      this.form.requestSubmit(submitter);
      submitter.remove();
    }
  }

  private position() {
    const active = this.activeSteps();
    return { step: active.indexOf(this.current) + 1, total: active.length, active };
  }

  private get draftKey(): string {
    return DRAFT_PREFIX + this.formId;
  }

  private queueSave = () => {
    if (this.restoring || !this.formId || this.saveQueued || !this.hasUpdated) return;
    this.saveQueued = true;
    queueMicrotask(() => {
      this.saveQueued = false;
      void this.save();
    });
  };

  /** Saves every answer (of every step, shown or not) and the step the user is on. */
  async save(): Promise<void> {
    if (!this.formId) return;
    const values = Object.fromEntries(this.fields().map((field) => [field.name, readField(field)]));
    const savedAt = new Date().toISOString();
    await writeDraft(this.store, this.draftKey, { version: this.draftVersion, step: this.current, done: [...this.done], savedAt, values });
    this.savedAt = savedAt;
  }

  /** Forgets the saved draft (after sending, or when the user discards it). */
  async clearDraft(): Promise<void> {
    if (this.formId) await deleteDraft(this.store, this.draftKey);
    this.savedAt = '';
  }

  /** Discards the draft: every answer back to its default, back to the first step. */
  async discardDraft(): Promise<void> {
    await this.clearDraft();
    this.restoring = true;
    for (const field of this.fields()) resetField(field);
    this.done.clear();
    this.returnTo = undefined;
    this.notice = undefined;
    // Back to the start without saving: an empty draft would greet the user on the next visit.
    await this.goTo(this.activeSteps()[0] ?? 0);
    this.restoring = false;
  }

  /**
   * Loads the draft: each answer, then the step. A restored field fires `change`, so answers that
   * depend on it (the soums of an aimag) follow before they are restored themselves.
   */
  private async restore() {
    if (!this.formId) return;
    const { draft, problem } = await readDraft(this.store, this.draftKey, this.draftVersion);
    if (problem) {
      this.notice = problem;
      await deleteDraft(this.store, this.draftKey);
      return;
    }
    if (!draft) return;
    this.restoring = true;
    for (const field of this.fields()) {
      if (!(field.name in draft.values)) continue;
      writeField(field, draft.values[field.name]);
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
    this.restoring = false;
    this.done = new Set(draft.done);
    const active = this.activeSteps();
    this.currentIndex = active.includes(draft.step) ? draft.step : (active.filter((index) => index < draft.step).pop() ?? active[0] ?? 0);
    this.savedAt = draft.savedAt;
    this.notice = 'restored';
    await this.updateComplete;
    // Check answers, if that is where the user was, lists the restored answers.
    const { step, total } = this.position();
    this.emit('ger-step-change', { step, total, heading: this.steps[this.currentIndex]?.heading ?? '' });
  }

  protected override willUpdate(): void {
    if (!this.hasUpdated) this.currentIndex = this.activeSteps()[0] ?? 0;
  }

  protected override firstUpdated(): void {
    void this.restore();
  }

  protected override updated(): void {
    this.steps.forEach((step, index) => (step.hidden = index !== this.current));
    this.updateTitle();
  }

  private updateTitle() {
    const step = this.steps[this.current];
    if (this.keepTitle || !step) return;
    const { step: number, total } = this.position();
    const title = `${this.localize.term('stepOf', { current: number, total })}: ${step.heading}${this.baseTitle ? ` – ${this.baseTitle}` : ''}`;
    document.title = this.errors.length ? this.localize.term('stepErrorTitle', { title }) : title;
  }

  private handleEnter = (event: KeyboardEvent) => {
    const target = event.composedPath()[0] as HTMLInputElement;
    if (event.key !== 'Enter' || target.localName !== 'input' || !ENTER_CONTINUES.test(target.type)) return;
    event.preventDefault();
    void this.next();
  };

  private renderNotice() {
    if (!this.notice) return nothing;
    const key = this.notice === 'restored' ? 'draftRestored' : this.notice === 'outdated' ? 'draftOutdated' : 'draftUnreadable';
    return html`<p>${this.localize.term(key)}</p>
      ${this.notice === 'restored'
        ? html`<button class="action quiet focusable" type="button" @click=${this.discardDraft}>${this.localize.term('draftDiscard')}</button>`
        : nothing}`;
  }

  override render() {
    const steps = this.steps;
    const step = steps[this.current];
    if (!step) return html`<slot @slotchange=${() => this.requestUpdate()}></slot>`;
    const { step: number, total, active } = this.position();
    const last = active[active.length - 1] === this.current;
    const level = Math.min(5, Math.max(1, Math.round(this.headingLevel) || 2));
    const time = this.savedAt && this.localize.date(this.savedAt, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    return html`
      <div part="notice" class="notice ${this.notice ? 'shown' : ''}" role="status">${this.renderNotice()}</div>
      <ol part="progress" class="progress" aria-label=${this.localize.term('stepsLabel')}>
        ${active.map(
          (index, position) => html`<li class=${index === this.current ? 'current' : this.done.has(index) ? 'done' : ''} aria-current=${index === this.current ? 'step' : nothing}>
            <span class="number" aria-hidden="true">${position + 1}</span>
            <span>${steps[index].heading}${this.done.has(index) && index !== this.current ? html`<span class="visually-hidden">${` ${this.localize.term('stepDone')}`}</span>` : nothing}</span>
          </li>`,
        )}
      </ol>
      <ger-error-summary .errors=${this.errors} heading-level=${level}></ger-error-summary>
      <div part="heading" class="heading level-${level}" id="heading" role="heading" aria-level=${level} tabindex="-1">
        <span class="caption">${this.localize.term('stepOf', { current: number, total })}<span class="visually-hidden">:</span></span>
        ${step.heading}${step.optional ? html`<span class="optional">${` ${this.localize.term('fieldOptional')}`}</span>` : nothing}
      </div>
      <slot @slotchange=${() => this.requestUpdate()}></slot>
      <div part="actions" class="actions">
        <button class="action focusable" type="button" @click=${this.next}>
          ${last ? this.submitLabel || this.localize.term('stepSubmit') : this.localize.term('stepContinue')}
        </button>
        ${number > 1 ? html`<button class="action secondary focusable" type="button" @click=${this.back}>${this.localize.term('stepBack')}</button>` : nothing}
        ${step.optional && !last
          ? html`<button class="action quiet focusable" type="button" @click=${this.skip}>${this.localize.term('stepSkip')}</button>`
          : nothing}
      </div>
      ${time ? html`<p class="saved">${this.localize.term('draftSaved', { time })}</p>` : nothing}
    `;
  }
}

defineElement('ger-form-steps', GerFormSteps);

declare global {
  interface HTMLElementTagNameMap {
    'ger-form-steps': GerFormSteps;
  }
}
