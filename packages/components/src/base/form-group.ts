import { html, nothing, type TemplateResult } from 'lit';
import { GerFormControl } from './form-control.js';

/**
 * The base of controls that ask one question with several inputs (radio group, checkbox group,
 * date): a `<fieldset>` whose `<legend>` is the label, so the question is read with each input.
 */
export abstract class GerFormGroup extends GerFormControl {
  /** `input` and `change` as a native control fires them, for changes made by keys and clicks. */
  protected picked(): void {
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.changed();
  }

  /** The `<fieldset>`; `role` makes it a `radiogroup`, which then takes the required and invalid states. */
  protected renderGroup(content: unknown, role?: string): TemplateResult {
    return html`<fieldset
      part="base"
      class="field ${this.showError ? 'invalid' : ''}"
      role=${role ?? nothing}
      aria-labelledby=${role ? 'label' : nothing}
      aria-describedby=${this.describedBy() || nothing}
      aria-required=${role && this.required ? 'true' : nothing}
      aria-invalid=${role && this.showError ? 'true' : nothing}
      ?disabled=${this.isDisabled}
    >
      <legend part="label" class="label" id="label">${this.labelText()}</legend>
      ${this.renderMessages()}${content}
    </fieldset>`;
  }
}
