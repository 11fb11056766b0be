import { html, type LitElement, type PropertyValues, type PropertyDeclarations } from 'lit';
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
 *
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-field-choice-size - Box of a checkbox or circle of a radio button; the whole row stays a 44 px target.
 * @cssprop --ger-field-selected - Fill of a ticked checkbox, dot of a selected radio, current step: 3:1 on the page.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-input-background - Field background.
 * @cssprop --ger-input-border - Field border (3:1).
 * @cssprop --ger-input-border-width - Field border width.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-radius-pill - Fully rounded ends: tags and badges.
 * @cssprop --ger-size-target-minimum - Minimum size of every interactive target: 44 px at default text size (WCAG 2.5.5 AAA, the Ger standard).
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerRadio extends GerElement {
  static override styles = [...sharedStyles, radioStyles];
  static override properties: PropertyDeclarations = {
    value: {},
    checked: { type: Boolean },
    disabled: { type: Boolean, reflect: true },
  };

  /** Sent with the form (as the group's value) when this answer is chosen. */
  value = '';

  /** Whether this answer is chosen; set by the group. The `checked` attribute chooses it at first. */
  checked = false;

  /** The answer cannot be chosen. */
  disabled = false;

  /** Set by the group while the whole group is disabled. */
  groupDisabled = false;

  /**
   * The `checked` attribute, as a native radio's `defaultChecked` (and React's `defaultChecked`
   * prop): the answer a form reset chooses when the group has no `value` attribute.
   */
  get defaultChecked(): boolean {
    return this.hasAttribute('checked');
  }
  set defaultChecked(checked: boolean) {
    this.toggleAttribute('checked', !!checked);
  }

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
