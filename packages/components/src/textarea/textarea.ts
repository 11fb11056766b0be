import { html, nothing } from 'lit';
import { property } from '../base/decorators.js';
import { defineElement } from '../base/ger-element.js';
import { GerTextControl } from '../base/text-control.js';
import { fieldStyles } from '../styles/field.styles.js';
import { countStyles } from '../styles/count.styles.js';
import { inputStyles } from '../styles/input.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { textareaStyles } from './textarea.styles.js';

/**
 * @tagname ger-textarea
 * @summary A multi-line text box for longer answers, with an optional character count.
 *
 * With `maxlength` the count shows under the box and is read out once typing pauses; text over
 * the limit is kept (never cut off) and reported as an error, as GOV.UK's character count does.
 *
 * @csspart base - The field: label, hint, error and text box.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart textarea - The native `<textarea>`.
 * @csspart count - The character count.
 *
 * @fires input - On every change of the text.
 * @fires change - When the user commits a change (leaves the box after editing).
 */
export class GerTextarea extends GerTextControl {
  static override styles = [...sharedStyles, fieldStyles, inputStyles, countStyles, textareaStyles];

  /** Visible height in lines; the user can make the box taller. */
  @property({ type: Number }) rows = 5;

  override render() {
    return this.renderField(
      html`<textarea
        part="textarea"
        id="control"
        class="input control focusable"
        rows=${this.rows}
        .value=${this.value}
        ?disabled=${this.isDisabled}
        ?required=${this.required}
        autocomplete=${this.autocomplete || nothing}
        aria-invalid=${this.showError ? 'true' : nothing}
        aria-describedby=${this.descriptions || nothing}
        @input=${this.handleInput}
        @change=${this.changed}
      ></textarea>`,
      this.renderCount(),
    );
  }
}

defineElement('ger-textarea', GerTextarea);

declare global {
  interface HTMLElementTagNameMap {
    'ger-textarea': GerTextarea;
  }
}
