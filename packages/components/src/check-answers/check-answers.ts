import { html, nothing } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import type { GerFormSteps } from '../form-steps/form-steps.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { type Field, fieldDisplay, fieldLabel, fieldsIn } from '../utils/form-fields.js';
import { checkAnswersStyles } from './check-answers.styles.js';
import { checkAnswersStrings } from '../locales/check-answers.js';
import { headingLevel, renderHeading, subheadingLevel } from '../utils/heading.js';

/**
 * @tagname ger-check-answers
 * @summary Every answer so far, step by step, each with a Change link: the "check your answers" page.
 *
 * Put it in the last step of a `ger-form-steps`. It lists the answers of the steps before it that
 * apply (a summary list: question, answer, Change), and refreshes whenever it is shown. Change
 * goes to the question and focuses it; Continue then comes straight back here.
 *
 * @csspart section - The answers of one step.
 * @csspart heading - A step's heading.
 * @csspart list - A step's summary list (`<dl>`).
 */
export class GerCheckAnswers extends GerElement {
  static override styles = [...sharedStyles, checkAnswersStyles];
  static override strings = checkAnswersStrings;

  private owner?: GerFormSteps | null;

  private settling?: Promise<unknown>;

  /** Shows the answers now, and again once every field has settled (parts of some load later). */
  private refresh = () => {
    this.requestUpdate();
    const fields = this.owner ? this.owner.steps.flatMap((step) => fieldsIn(step)) : [];
    this.settling = Promise.all(fields.map((field) => (field as Partial<{ updateComplete: Promise<unknown> }>).updateComplete)).then(() =>
      this.requestUpdate(),
    );
  };

  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.settling;
    return super.getUpdateComplete();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.owner = this.closest('ger-form-steps');
    this.owner?.addEventListener('ger-step-change', this.refresh);
    this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.owner?.removeEventListener('ger-step-change', this.refresh);
  }

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
    return owner
      .activeSteps()
      .filter((index) => index < own || own < 0)
      .map((index) => {
        // A disabled field is not part of the application (a soum list or its text box, not both).
        const fields = fieldsIn(steps[index]).filter((field) => !field.matches(':disabled'));
        if (!fields.length) return nothing;
        return html`<section part="section" class="section">
          ${renderHeading(level, steps[index].getAttribute('heading'), { part: 'heading' })}
          <dl part="list" class="list">
            ${fields.map((field) => {
              const label = fieldLabel(field);
              const value = fieldDisplay(field);
              return html`<div class="row">
                <dt>${label}</dt>
                <dd class="value ${value ? '' : 'empty'}">${value || this.localize.term('answerNotGiven')}</dd>
                <dd class="change">
                  <a class="focusable" href="#${field.id}" @click=${(event: Event) => this.change(event, field)}
                    >${this.localize.term('answerChange')}<span class="visually-hidden">${`: ${label}`}</span></a
                  >
                </dd>
              </div>`;
            })}
          </dl>
        </section>`;
      });
  }
}

defineElement('ger-check-answers', GerCheckAnswers);

declare global {
  interface HTMLElementTagNameMap {
    'ger-check-answers': GerCheckAnswers;
  }
}
