import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import { warnOnce } from '../utils/warn.js';
import { formStepStyles } from './form-step.styles.js';

/**
 * Whether a step's `when` condition holds for the answers so far:
 * `name` (answered), `name=a` or `name=a|b` (one of these), `name!=a` (anything else).
 */
export function conditionHolds(when: string, data: FormData): boolean {
  const match = /^\s*([^!=\s]+)\s*(!?=)?\s*(.*?)\s*$/.exec(when);
  if (!match) {
    warnOnce(`<ger-form-step> when="${when}" is not "name", "name=value" or "name!=value"; the step is shown.`);
    return true;
  }
  const [, name, operator, expected] = match;
  const values = data.getAll(name).map(String);
  if (!operator) return values.some(Boolean);
  const found = values.some((value) => expected.split('|').includes(value));
  return operator === '=' ? found : !found;
}

/**
 * @tagname ger-form-step
 * @summary One step of a `ger-form-steps` application: one topic, such as contact details.
 *
 * The enclosing `ger-form-steps` shows one step at a time, with its heading, and checks the
 * step's fields before going on. A step with `when` is shown only for some answers.
 *
 * @slot - The step's questions: Ger form controls or native fields, and any text.
 */
export class GerFormStep extends GerElement {
  static override styles = formStepStyles;

  /** The step's heading, shown above its questions, in the progress list and in the page title. */
  @property() heading = '';

  /** The step may be skipped: it says "(заавал биш)" and offers "Энэ алхмыг алгасах". */
  @property({ type: Boolean }) optional = false;

  /** Shows the step only for some answers: `delivery=post`, `delivery!=office`, `has-child`. */
  @property() when = '';

  /** Shows the step only when this returns true for the answers so far (overrides `when`). */
  @property({ attribute: false }) condition?: (data: FormData) => boolean;

  /** Whether the step applies to these answers. */
  appliesTo(data: FormData): boolean {
    if (this.condition) return this.condition(data);
    return this.when ? conditionHolds(this.when, data) : true;
  }

  override render() {
    return html`<slot></slot>`;
  }
}

defineElement('ger-form-step', GerFormStep);

declare global {
  interface HTMLElementTagNameMap {
    'ger-form-step': GerFormStep;
  }
}
