import { nothing } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import type { GerFormSteps } from '../form-steps/form-steps.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { sizeContainerStyles } from '../styles/size-container.styles.js';
import { type Field, fieldDisplay, fieldLabel, fieldsIn } from '../utils/form-fields.js';
import { checkAnswersStrings } from '../locales/check-answers.js';
import { headingLevel, subheadingLevel } from '../utils/heading.js';
import { summaryListStyles } from '../summary-list/summary-list.styles.js';
import { type RenderedRow, renderSummaryList } from '../summary-list/summary-rows.js';

/**
 * Where a Change link points when opened in a new tab or copied: the question, else its step,
 * else the form, else the page (reopened, a form with a draft comes back to where the user was).
 * Never a bare "#", which goes nowhere.
 */
function changeTarget(field: Field, step: Element, form: Element): string {
  const id = field.id || step.id || form.id;
  return id ? `#${encodeURIComponent(id)}` : location.pathname + location.search;
}

/**
 * @tagname ger-check-answers
 * @summary Every answer so far, step by step, each with a Change link: the "check your answers" page.
 *
 * Put it in the last step of a `ger-form-steps`. It lists the answers of the steps before it that
 * apply (a summary list, as `ger-summary-list` draws it: question, answer, Change), and refreshes whenever it is shown. Change
 * goes to the question and focuses it; Continue then comes straight back here.
 *
 * @csspart section - The answers of one step.
 * @csspart heading - A step's heading.
 * @csspart list - A step's summary list (`<dl>`).
 *
 * @cssprop --ger-border-width-thin - Decorative dividers.
 * @cssprop --ger-color-border - Decorative dividers only (no contrast requirement). Never the only outline of a control.
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-link - Links.
 * @cssprop --ger-color-link-hover - Links on hover.
 * @cssprop --ger-color-text-muted - Secondary text: hints, captions, metadata. Still 4.5:1 on every surface.
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
 * @cssprop --ger-color-surface-sunken - Wells, code blocks, table stripes.
 * @cssprop --ger-color-text - Body text.
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerCheckAnswers extends GerElement {
  static override styles = [...sharedStyles, sizeContainerStyles, summaryListStyles];
  static override strings = checkAnswersStrings;

  private owner?: GerFormSteps | null;

  /** Shows the answers now, and again once every field has settled (parts of some load later). */
  private refresh = () => {
    this.requestUpdate();
    const fields = this.owner ? this.owner.steps.flatMap((step) => fieldsIn(step)) : [];
    this.waitFor(Promise.all(fields.map((field) => (field as Partial<{ updateComplete: Promise<unknown> }>).updateComplete)).then(() => this.requestUpdate()));
  };

  override connectedCallback(): void {
    super.connectedCallback();
    const owner = this.closest('ger-form-steps');
    // Loaded element by element (the CDN autoloader), this one can be defined before the form
    // around it: it follows the form once the form is defined (and so upgraded).
    if (owner && !customElements.get('ger-form-steps')) void customElements.whenDefined('ger-form-steps').then(() => this.isConnected && this.follow(owner));
    else this.follow(owner);
  }

  private follow(owner: GerFormSteps | null) {
    this.owner = owner;
    owner?.addEventListener('ger-step-change', this.refresh);
    this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.owner?.removeEventListener('ger-step-change', this.refresh);
  }

  /** Change: goes to the question and focuses it, rather than following the link. */
  private change(event: Event, field: Field) {
    event.preventDefault();
    void this.owner?.edit(field);
  }

  override render() {
    const owner = this.owner;
    if (!owner) return nothing;
    const steps = owner.steps;
    const own = steps.findIndex((step) => step.contains(this));
    const level = subheadingLevel(headingLevel(owner, owner.headingLevel, 2));
    const change = this.localize.term('answerChange');
    return owner
      .activeSteps()
      .filter((index) => index < own || own < 0)
      .map((index) => {
        // A disabled field is not part of the application (a soum list or its text box, not both).
        const fields = fieldsIn(steps[index]).filter((field) => !field.matches(':disabled'));
        if (!fields.length) return nothing;
        const rows: RenderedRow[] = fields.map((field) => {
          const value = fieldDisplay(field);
          return {
            key: fieldLabel(field),
            value: value || this.localize.term('answerNotGiven'),
            empty: !value,
            actions: [{ href: changeTarget(field, steps[index], owner), label: change }],
          };
        });
        return renderSummaryList({
          heading: steps[index].getAttribute('heading') ?? '',
          level,
          rows,
          onAction: (event, row) => this.change(event, fields[rows.indexOf(row)]),
        });
      });
  }
}

defineElement('ger-check-answers', GerCheckAnswers);

declare global {
  interface HTMLElementTagNameMap {
    'ger-check-answers': GerCheckAnswers;
  }
}
