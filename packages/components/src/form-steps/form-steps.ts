import { html, isServer, nothing, type PropertyDeclarations } from 'lit';
import type { FieldValue } from '../base/field-value.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import { LazyPartController } from '../base/lazy-part.js';
import { ServerRenderController } from '../controllers/server-render.js';
import type { GerErrorSummary } from '../error-summary/error-summary.js';
import type { GerFormStep } from '../form-step/form-step.js';
import { actionStyles } from '../styles/action.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { stepApplies } from '../utils/step-conditions.js';
import type { DraftStore } from '../utils/draft.js';
import { type ErrorLink, type Field, fieldEntries, fieldsIn } from '../utils/form-fields.js';
import type { DraftKeeper } from './drafts.js';
import type { FormStepsHost } from './steps-host.js';
import { formStepsStyles } from './form-steps.styles.js';
import { formStepsStrings } from '../locales/form-steps.js';
import { headingLevel, renderHeading } from '../utils/heading.js';

/** A step's heading, read from its attribute: steps work before `ger-form-step` is defined. */
const headingOf = (step: Element) => step.getAttribute('heading') ?? '';

/**
 * @tagname ger-form-steps
 * @summary A multi-step application: one topic per step, checked before the next, never losing an answer.
 *
 * - Shows one `ger-form-step` at a time under "Алхам 2/5: Холбоо барих" with a list of the steps
 *   (`aria-current="step"`); on every step change focus moves to the step heading and the page
 *   title names the step. Enter in a text field means Continue.
 * - Continue checks the step first: the errors are listed in an error summary that takes focus.
 *   Back never checks and never loses anything. While a move is under way (on a slow link, the
 *   code of the next step still downloading) the buttons are unavailable (`aria-disabled`), a
 *   status beside them says "Ачаалж байна" (loading; screen readers hear it), and further presses
 *   are ignored: three taps never skip two steps unseen.
 * - Optional steps can be skipped; a step with `when` is shown only for some answers, and its
 *   answers are not sent while it is not shown.
 * - With `history`, each step the user moves to is an entry in the browser's history: Back and
 *   Forward go between steps (never past one the answers no longer let them reach), not off the form.
 * - A step holding `ger-check-answers` lists every answer with a Change link; after the change,
 *   Continue comes back to it.
 * - Every change is saved as a draft in `store` (localStorage by default) under `form-id`; after a
 *   reload or a crash the user is back at the same step with every answer, and may discard the
 *   draft. A draft that is not a draft, or of another `draft-version`, starts a clean form with a
 *   notice. Nothing is ever thrown away on a timer. A store that fails (a server store offline) is
 *   never taken for an empty one: a save that fails says "not saved" and is tried again (back
 *   online, at the next change, after a growing wait); a read that fails says the draft could not
 *   be loaded, is tried again, and nothing is saved over the draft until it is read (or the user
 *   starts afresh).
 * - The last step sends `ger-submit` with the application as FormData and JSON. Without an
 *   enclosing `<form>`, the page has taken it: the draft is cleared. With one, the form is posted
 *   to its server and the draft kept, marked sent, since the post may fail (offline, a server
 *   error): the confirmation page clears it (`<ger-panel form-id="…">`, or `forgetSentDraft`);
 *   until then, coming back to the form shows the answers with a notice that they were sent and
 *   should be sent again if no confirmation came (for two days; then it is dropped). A page that
 *   cancels the form's `submit` has taken the answers, and the draft is cleared, as without a
 *   form. A page that sends the application itself and wants the draft kept until its server has
 *   it cancels `ger-submit` and calls `clearDraft()` then.
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
 *
 * @cssprop --ger-border-width-heavy - Accent bars: banners, error summary, selected tab.
 * @cssprop --ger-border-width-thick - Control borders (inputs, secondary buttons).
 * @cssprop --ger-button-border-width - Border of every button variant (transparent on filled ones, so sizes match and forced-colors mode shows an edge).
 * @cssprop --ger-button-font-weight - Button label weight.
 * @cssprop --ger-button-min-size - Minimum block and inline size of a button: the 44 px target.
 * @cssprop --ger-button-padding-block - Block padding.
 * @cssprop --ger-button-padding-inline - Inline padding.
 * @cssprop --ger-button-primary-background - Primary button fill.
 * @cssprop --ger-button-primary-background-hover - Primary button fill on hover.
 * @cssprop --ger-button-primary-foreground - Primary button label.
 * @cssprop --ger-button-quiet-foreground - Quiet button label: looks like a link, works like a button.
 * @cssprop --ger-button-quiet-foreground-hover - Quiet button label on hover.
 * @cssprop --ger-button-radius - Corner radius of buttons.
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-info - Strong information fill: information messages. Also for icons and borders on surfaces (3:1).
 * @cssprop --ger-color-info-subtle - Tinted information surface: banners, tags, highlighted rows.
 * @cssprop --ger-color-on-info-subtle - Text and icons on color.info-subtle.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-color-text-muted - Secondary text: hints, captions, metadata. Still 4.5:1 on every surface.
 * @cssprop --ger-field-selected - Fill of a ticked checkbox, dot of a selected radio, current step: 3:1 on the page.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-size-md - 16 px at default text size. Body text, labels and inputs.
 * @cssprop --ger-font-size-sm - 14 px at default text size. Hints, captions, tags.
 * @cssprop --ger-font-size-xl - 24 px at default text size. Large text for WCAG purposes (3:1 is enough at this size).
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-font-weight-regular - Body text.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-line-height-heading - Headings; leaves room for Cyrillic diacritics (Й, Ё) when lines wrap.
 * @cssprop --ger-line-height-tight - Single-line UI text: buttons, tags. Never for paragraphs.
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-lg - 24 px at default text size.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 * @dependency ger-error-summary
 *
 * @cssprop --ger-border-width-thin - Decorative dividers.
 * @cssprop --ger-duration-fast - Hover and press feedback.
 * @cssprop --ger-easing-standard - Movement within the page.
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerFormSteps extends GerElement implements FormStepsHost {
  static override styles = [...sharedStyles, actionStyles, formStepsStyles];
  static override properties: PropertyDeclarations = {
    formId: { attribute: 'form-id' },
    history: { type: Boolean },
    draftVersion: { type: Number, attribute: 'draft-version' },
    store: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    submitLabel: { attribute: 'submit-label' },
    currentIndex: { state: true, attribute: false },
    errors: { state: true, attribute: false },
    busy: { state: true, attribute: false },
  };
  static override strings = formStepsStrings;

  /** Names this form's draft; without it no draft is kept. */
  formId = '';

  /**
   * Each step the user moves to is an entry in the browser's history: Back and Forward go between
   * the steps, not off the form. For a page that routes nothing else itself (plain HTML).
   */
  history = false;

  /** Raise it when the form's questions change, so older drafts are not loaded into the new form. */
  draftVersion = 1;

  /** Where drafts are kept (see `DraftStore`); the browser's localStorage when not set. */
  store?: DraftStore;

  /** Level of the step heading in the page outline, 1 to 5. */
  headingLevel = 2;

  /** Label of the last step's button; "Илгээх" / "Submit" by default. */
  submitLabel = '';

  /** @internal The step shown (`current`). */
  currentIndex = 0;

  /** @internal The current step's errors, as the summary lists them: set by the steps' checks, never from outside. */
  errors: ErrorLink[] = [];

  /** @internal A move is under way (Continue, Back, Skip, a Change link, Submit): the buttons say so, and presses meanwhile are ignored. */
  busy = false;

  /** @internal Steps the user has completed, and the check-answers step to come back to after a change. */
  nav: { done: Set<number>; returnTo?: number } = { done: new Set() };
  private detach?: () => void;

  /**
   * The steps' own element (their styles) and the error summary, needed only once a step has
   * errors, load while the user reads; steps are read from their attributes until then.
   */
  private readonly elements = new LazyPartController(this, {
    load: () => Promise.all([import('../form-step/form-step.js'), import('../error-summary/error-summary.js')]),
  });

  private readonly serverRender = new ServerRenderController(this);

  /** What the steps do to the page around them (page.ts): loaded as the form appears. */
  private readonly page = new LazyPartController(this, {
    load: () => import('./page.js'),
    loaded: (page) => {
      if (this.isConnected) this.detach = page.attach(this);
    },
  });

  /** Drafts: a module loaded by forms with a `form-id` once they have rendered. */
  private readonly draftsPart = new LazyPartController(this, {
    load: () => import('./drafts.js'),
    when: 'request',
    loaded: (module) => {
      this.drafts = new module.DraftKeeper(this);
      return this.drafts.restore();
    },
  });
  private drafts?: DraftKeeper;

  constructor() {
    super();
    this.addEventListener('input', this.queueSave);
    this.addEventListener('change', this.queueSave);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a move: the page part is loaded already.
    if (this.page.module && !this.detach) this.detach = this.page.module.attach(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.detach?.();
    this.detach = undefined;
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
      if (!stepApplies(step, data)) return;
      active.push(index);
      for (const field of fieldsIn(step)) for (const [name, value] of fieldEntries(field)) data.append(name, value);
    });
    return active;
  }

  /** The named answers of the steps given by index (all steps by default), in order. */
  fields(indexes = this.steps.map((_, index) => index)): Field[] {
    return indexes.flatMap((index) => fieldsIn(this.steps[index]));
  }

  /** The application as FormData: the answers of the steps that apply. Ready once `updateComplete` is. */
  toFormData(): FormData {
    return this.page.module!.toFormData(this);
  }

  /** The application as JSON: each answer of the steps that apply, by name. Ready once `updateComplete` is. */
  toJSON(): Record<string, FieldValue> {
    return this.page.module!.toJSON(this);
  }

  /** @internal Shows a step's errors in the summary, which takes focus (none: clears them). */
  async showErrors(errors: ErrorLink[]): Promise<void> {
    // The page title follows as the element updates.
    this.errors = errors;
    if (!errors.length) return;
    await this.elements.load();
    await this.updateComplete;
    await this.renderRoot.querySelector<GerErrorSummary>('ger-error-summary')!.show(errors);
  }

  /**
   * Runs a move of the page part (page.ts) once it is in; ignored while another runs (a second tap
   * on Continue while the next step's code downloads would otherwise pass a step unseen).
   */
  private async move(name: 'next' | 'skip' | 'back' | 'edit' | 'submit', field?: HTMLElement): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await (await this.page.load())[name](this, field!);
    } finally {
      this.busy = false;
    }
  }

  /** Checks the step and goes on: to the next step that applies, back to check answers, or sends. Ignored while a move is under way. */
  next(): Promise<void> {
    return this.move('next');
  }

  /** Goes on without checking, from an optional step. Ignored while a move is under way. */
  skip(): Promise<void> {
    return this.move('skip');
  }

  /** Goes to the step before that applies, keeping every answer. Ignored while a move is under way. */
  back(): Promise<void> {
    return this.move('back');
  }

  /**
   * Shows a step (index among all steps). Focus moves to its heading, or to `focus`, and the
   * page title names it.
   */
  async goTo(index: number, focus?: HTMLElement): Promise<void> {
    await (await this.page.load()).goTo(this, index, focus);
  }

  /** Steps the user has completed, as indexes. */
  get completed(): number[] {
    return [...this.nav.done];
  }

  /** Puts the form at a step with these steps completed, without moving focus (used by drafts). */
  setPosition(step: number, done: number[]): void {
    this.nav = { done: new Set(done) };
    this.currentIndex = step;
  }

  /** From check answers: goes to the step of `field` and focuses it; Continue then comes back. */
  edit(field: HTMLElement): Promise<void> {
    return this.move('edit', field);
  }

  /**
   * Checks every step that applies (going to the first with errors), then sends `ger-submit`.
   * Not cancelled: without an enclosing `<form>` it clears the draft; with one, it keeps the
   * draft marked sent (until the confirmation page clears it) and posts the form.
   */
  submit(): Promise<void> {
    return this.move('submit');
  }

  /** @internal Saves the draft soon (forms with a `form-id`). */
  queueSave = () => this.drafts?.queue();

  /** @internal The drafts part, loaded (forms with a `form-id`; otherwise none). */
  async draftKeeper(): Promise<DraftKeeper | undefined> {
    if (this.formId) await this.draftsPart.load();
    return this.drafts;
  }

  /** Forgets the saved draft (after sending, or when the page sends the application itself). */
  async clearDraft(): Promise<void> {
    await (await this.draftKeeper())?.clear();
  }

  /** Discards the draft: every answer back to its default, back to the first step. */
  async discardDraft(): Promise<void> {
    await (await this.draftKeeper())?.discard();
  }

  protected override willUpdate(): void {
    if (!this.hasUpdated) this.currentIndex = this.activeSteps()[0] ?? 0;
  }

  protected override firstUpdated(): void {
    // `updateComplete` waits for the draft to be loaded and restored.
    if (this.formId) void this.draftsPart.load();
    // Then a link to a question opens its step (page.ts).
    void this.updateComplete.then(() => this.page.module?.openLinked(this));
  }

  protected override updated(): void {
    this.steps.forEach((step, index) => (step.hidden = index !== this.current));
    this.page.module?.title(this);
  }

  override render() {
    // Hydrating, the first render is the server's: it had no steps to read.
    const steps = this.serverRender.matching ? [] : this.steps;
    const step = steps[this.current];
    // One template with or without steps: the slot the server wrote stays as the form's steps are read.
    const active = step ? this.activeSteps() : [];
    return html`${step ? this.renderTop(steps, step, active) : nothing}<slot @slotchange=${() => this.requestUpdate()}></slot>${step ? this.renderActions(step, active) : nothing}`;
  }

  /** The notice, the list of steps, the error summary and the step's heading. */
  private renderTop(steps: GerFormStep[], step: GerFormStep, active: number[]) {
    const level = headingLevel(this, this.headingLevel, 2);
    return html`
      <div part="notice" class="notice ${this.drafts?.notice ? 'shown' : ''}" role="status">${this.drafts?.renderNotice()}</div>
      <ol part="progress" class="progress" aria-label=${this.localize.term('stepsLabel')}>
        ${active.map(
          (index, position) => html`<li aria-current=${index === this.current ? 'step' : nothing}>
            ${position + 1}. ${headingOf(steps[index])}
          </li>`,
        )}
      </ol>
      <ger-error-summary .errors=${this.errors} heading-level=${level}></ger-error-summary>
      ${renderHeading(
        level,
        html`<span class="caption">${this.localize.term('stepOf', { current: active.indexOf(this.current) + 1, total: active.length })}<span class="colon">:</span></span>
          ${headingOf(step)}${step.hasAttribute('optional') ? html`<span class="optional">${` ${this.localize.term('fieldOptional')}`}</span>` : nothing}`,
        { part: 'heading', id: 'heading', focusable: true },
      )}
    `;
  }

  /** Continue (or Send), Back and Skip, and what the form is busy with. */
  private renderActions(step: GerFormStep, active: number[]) {
    const number = active.indexOf(this.current) + 1;
    const last = active.at(-1) === this.current;
    const busy = this.busy ? 'true' : nothing;
    return html`
      <div part="actions" class="actions">
        <button class="action focusable" type="button" aria-disabled=${busy} @click=${this.next}>
          ${last ? this.submitLabel || this.localize.term('stepSubmit') : this.localize.term('stepContinue')}
        </button>
        ${number > 1 ? html`<button class="action quiet focusable" type="button" aria-disabled=${busy} @click=${this.back}>${this.localize.term('stepBack')}</button>` : nothing}
        ${
          step.hasAttribute('optional') && !last
            ? html`<button class="action quiet focusable" type="button" aria-disabled=${busy} @click=${this.skip}>${this.localize.term('stepSkip')}</button>`
            : nothing
        }
        <span class="busy" role="status">${this.busy ? this.localize.term('loading') : ''}</span>
      </div>
      ${this.drafts?.renderSaved()}
    `;
  }
}

defineElement('ger-form-steps', GerFormSteps);

declare global {
  interface HTMLElementTagNameMap {
    'ger-form-steps': GerFormSteps;
  }
}
