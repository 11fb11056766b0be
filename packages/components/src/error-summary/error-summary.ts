import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { listOf, text } from '../base/converters.js';
import { warnOnce } from '../utils/warn.js';
import { notificationBannerStrings } from '../locales/notification-banner.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { type ErrorLink, errorFor, errorNow, type Field, fieldId, sameRadioGroup } from '../utils/form-fields.js';
import { errorSummaryStyles } from './error-summary.styles.js';
import { headingLevel, renderHeading } from '../utils/heading.js';

/** An error given with a message to show; one without is left out, with a warning. */
function hasMessage(error: Record<string, unknown>): boolean {
  if (text(error.message)) return true;
  warnOnce('<ger-error-summary> errors: an entry has no message; it is left out.');
  return false;
}

/** The form's events the summary follows. */
const FORM_EVENTS = ['invalid', 'submit', 'reset'];

/**
 * @tagname ger-error-summary
 * @summary Lists every error at the top of the page, each a link to its field; takes focus when sending fails.
 *
 * Put it at the top of a `<form>` (or point `for` at one): when sending fails it collects the
 * fields the browser found invalid, replaces the browser's own bubble, shows them in order
 * and takes focus, so the heading "Анхаар, алдаа гарлаа" is read first. Each link moves focus to
 * its field. `show()` fills it from code (ger-form-steps does so for each step).
 *
 * The list is that of the last attempt to send, as GOV.UK's: sending again lists what is still
 * wrong, and sending with every field valid (a page that stays, as a single-page app) or a reset
 * clears it. It does not shrink while the user puts fields right: `change` fires as they press on
 * the next field, and a shorter list would move that field from under the pointer (and read the
 * alert out again); each field's own message goes as soon as it is right.
 *
 * After a failed POST, a server renders the page with each wrong field's `error`: the summary
 * lists those fields as it first renders (and when `for` changes) and takes focus, once, as
 * GOV.UK's error summary does. Errors set from a script later (after a `fetch`): call
 * `show(errorsIn(fields))`.
 *
 * @csspart summary - The box.
 * @csspart heading - The heading.
 * @csspart list - The list of links.
 *
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-surface-raised - Cards, dialogs, menus.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-field-error - Error message text and the bar beside an invalid field: 4.5:1 as text on the page.
 * @cssprop --ger-field-error-bar-width - Bar on the inline-start edge of a field with an error.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-size-lg - 20 px at default text size. Lead paragraphs, small headings.
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-line-height-heading - Headings; leaves room for Cyrillic diacritics (Й, Ё) when lines wrap.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-space-xl - 32 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerErrorSummary extends GerElement {
  static override styles = [...sharedStyles, errorSummaryStyles];
  static override properties: PropertyDeclarations = {
    errors: { attribute: false },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    for: {},
  };
  /** The heading is the danger banner's: "Анхаар, алдаа гарлаа". */
  static override strings = notificationBannerStrings;

  /** The problems; empty hides the summary. */
  errors: ErrorLink[] = [];

  /** The heading; "Анхаар, алдаа гарлаа" / "There is a problem" by default. */
  heading = '';

  /** Level of the heading in the page outline, 2 to 6. */
  headingLevel = 2;

  /**
   * The id of the form to watch, in the summary's document or shadow root; by default the form the
   * summary is in. It may change, or name a form that comes into the page later.
   */
  for = '';

  private get box(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.summary') ?? null;
  }

  /**
   * The form `for` names (in the summary's document or shadow root), else the one around it.
   * Looked up each time: `for` may be set after the summary is in the page (the React wrapper
   * sets it as a property then), and the form may come into the page later.
   */
  private get form(): HTMLFormElement | null {
    const form = this.for ? (this.getRootNode() as Document).getElementById?.(this.for) : this.closest('form');
    return form instanceof HTMLFormElement ? form : null;
  }

  /** Where the summary listens: its document or shadow root, which every form event in it passes. */
  private root?: Node;
  private pending: HTMLElement[] = [];
  /** The language the errors were listed in. */
  private listedIn = '';
  /** The summary has taken focus once; listing the server's errors again does not take it from the user. */
  private focused = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.root = this.getRootNode();
    // Capture: `invalid` does not bubble, and the summary cancels the browser's bubble before the field shows it.
    for (const type of FORM_EVENTS) this.root.addEventListener(type, this.formEvent, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of FORM_EVENTS) this.root?.removeEventListener(type, this.formEvent, true);
  }

  private formEvent = (event: Event) => {
    const form = this.form;
    const target = event.target as HTMLElement & { form?: HTMLFormElement | null };
    if (!form || (target !== form && target.form !== form)) return;
    if (event.type === 'invalid') this.collect(event);
    // `submit` fires only once every field is valid; after `reset` no field shows an error.
    else this.errors = [];
  };

  /** The form fires `invalid` at each bad field in turn, then stops: show them all once it has. */
  private collect(event: Event) {
    // Instead of the browser's bubble on the first field only.
    event.preventDefault();
    const field = event.target as HTMLElement;
    // The browser fires `invalid` at every radio of a required group: the first stands for them all.
    if (this.pending.some((other) => sameRadioGroup(other, field))) return;
    this.pending.push(field);
    if (this.pending.length > 1) return;
    // The next task, not a microtask: when the user sends the form, microtasks run between
    // the browser's `invalid` events, and the list would hold only the last field.
    setTimeout(() => {
      const fields = this.pending as Field[];
      this.pending = [];
      void this.show(fields.map(errorFor));
    });
  }

  /** Shows these problems and moves focus to the summary. */
  async show(errors: ErrorLink[]): Promise<void> {
    this.errors = errors;
    await this.updateComplete;
    this.focused = true;
    this.box?.focus();
  }

  /**
   * Lists the fields of the form that carry an `error` (a server's, rendered into the page after
   * a failed POST) and takes focus, as when sending fails. Runs when the summary first renders and
   * when `for` changes; fields defined later (the autoloader) are waited for.
   */
  private async listMarked(): Promise<void> {
    if (document.readyState === 'loading') await new Promise((done) => addEventListener('DOMContentLoaded', done, { once: true }));
    const form = this.form;
    if (!form) return;
    await Promise.all([...form.querySelectorAll(':not(:defined)[error]')].map((element) => customElements.whenDefined(element.localName)));
    const errors = [...form.elements]
      .filter((field) => (field as { error?: string }).error && (field as Field).willValidate)
      .map((field) => errorFor(field as Field));
    if (!errors.length || !this.isConnected) return;
    if (this.focused) this.errors = errors;
    else await this.show(errors);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('for')) void this.listMarked();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // From a script, anything: only a list's entries with a message are listed (listOf and this warn).
    if (changed.has('errors')) this.errors = listOf(this.errors, '<ger-error-summary> errors').filter(hasMessage) as unknown as ErrorLink[];
    // The page's language changed (the header's switch): the fields now give their messages in it,
    // and one put right since leaves the list rather than stay in the old language.
    if (this.listedIn && this.listedIn !== this.localize.lang) this.errors = this.errors.map(errorNow).filter((error) => error !== undefined);
    this.listedIn = this.localize.lang;
  }

  private follow(event: Event, target?: HTMLElement) {
    event.preventDefault();
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }

  override render() {
    if (!this.errors.length) return nothing;
    return html`<div part="summary" class="summary" tabindex="-1" role="alert" aria-labelledby="heading">
      ${renderHeading(headingLevel(this, this.headingLevel, 2), this.heading || this.localize.term('bannerDanger'), { part: 'heading', id: 'heading' })}
      <ul part="list" class="list">
        ${this.errors.map((error) => {
          // A target that is no element links nowhere.
          const target = (error.target as Node | undefined)?.nodeType == 1 ? error.target : undefined;
          return html`<li>
            <a class="focusable" href="#${target ? fieldId(target) : ''}" @click=${(event: Event) => this.follow(event, target)}>${error.message}</a>
          </li>`;
        })}
      </ul>
    </div>`;
  }
}

defineElement('ger-error-summary', GerErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'ger-error-summary': GerErrorSummary;
  }
}

export { errorFor, errorsIn, type ErrorLink } from '../utils/form-fields.js';
