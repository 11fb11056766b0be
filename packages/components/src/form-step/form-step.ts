import { html, type PropertyDeclarations } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { conditionHolds, stepApplies } from '../utils/step-conditions.js';
import { formStepStyles } from './form-step.styles.js';

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
  static override properties: PropertyDeclarations = {
    heading: { reflect: true, converter: { toAttribute: (text: string) => text || null } },
    optional: { type: Boolean, reflect: true },
    when: { reflect: true, converter: { toAttribute: (text: string) => text || null } },
    condition: { attribute: false },
  };

  // Reflected: ger-form-steps reads these attributes, so it works before this element is defined.

  /** The step's heading, shown above its questions, in the progress list and in the page title. */
  heading = '';

  /** The step may be skipped: it says "(заавал биш)" and offers "Энэ алхмыг алгасах". */
  optional = false;

  /** Shows the step only for some answers: `delivery=post`, `delivery!=office`, `has-child`. */
  when = '';

  /** Shows the step only when this returns true for the answers so far (overrides `when`). */
  condition?: (data: FormData) => boolean;

  /** Whether the step applies to these answers. */
  appliesTo(data: FormData): boolean {
    return stepApplies(this, data, this.when);
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

export { conditionHolds };
