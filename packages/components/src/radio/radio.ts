import { html, type LitElement, type PropertyValues } from 'lit';
import { property } from '../base/decorators.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { radioStyles } from './radio.styles.js';

/**
 * @tagname ger-radio
 * @summary One answer in a `ger-radio-group`; the group selects it, focuses it and sends its value.
 *
 * It is the radio itself (role `radio` through `ElementInternals`), named by its text, so it is
 * read as "Шуудангаар, radio button, 2 of 3, not checked".
 *
 * @slot - The answer's text.
 *
 * @csspart control - The circle.
 * @csspart label - The text.
 */
export class GerRadio extends GerElement {
  static override styles = [...sharedStyles, radioStyles];

  /** Sent with the form (as the group's value) when this answer is chosen. */
  @property() value = '';

  /** Whether this answer is chosen; set by the group. The `checked` attribute chooses it at first. */
  @property({ type: Boolean }) checked = false;

  /** The answer cannot be chosen. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Set by the group while the whole group is disabled. */
  groupDisabled = false;

  private readonly internals = this.attachInternals();

  constructor() {
    super();
    this.internals.role = 'radio';
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.internals.ariaChecked = String(this.checked);
    this.internals.ariaDisabled = this.disabled || this.groupDisabled ? 'true' : null;
    // The group picks the checked answer and the Tab stop from each radio's value and disabled
    // state: when either changes after the first render, it must look again.
    const later = (key: 'value' | 'disabled') => changed.has(key) && changed.get(key) !== undefined;
    if (later('value') || later('disabled')) this.closest<LitElement>('ger-radio-group')?.requestUpdate();
  }

  override render() {
    return html`<span part="control" class="circle ${this.checked ? 'checked' : ''}"></span
      ><span part="label" class="label"><slot></slot></span>`;
  }
}

defineElement('ger-radio', GerRadio);

declare global {
  interface HTMLElementTagNameMap {
    'ger-radio': GerRadio;
  }
}
