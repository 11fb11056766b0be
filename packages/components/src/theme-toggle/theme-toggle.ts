import { html, type PropertyDeclarations } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { PreferencesController } from '../controllers/preferences.js';
import { controlStyles } from '../styles/control.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { themeToggleStyles } from './theme-toggle.styles.js';
import { themeToggleStrings } from '../locales/theme-toggle.js';

/**
 * @tagname ger-theme-toggle
 * @summary A compact night-mode switch for a page header.
 *
 * A toggle button (`aria-pressed`): pressed while the page shows the night theme, whether the
 * reader chose it or their device asks for it. Pressing it chooses night or light explicitly;
 * "follow my device" and high contrast are in `ger-display-settings`.
 *
 * @csspart button - The button.
 *
 * @cssprop --ger-border-width-thick - Control borders (inputs, secondary buttons).
 * @cssprop --ger-border-width-thin - Decorative dividers.
 * @cssprop --ger-color-border-control - Borders of inputs and controls: 3:1 against surfaces (WCAG 1.4.11).
 * @cssprop --ger-color-brand - Strong brand fill: primary buttons, selected states. Also for icons and borders on surfaces (3:1). Large headings may use it as text (3:1).
 * @cssprop --ger-color-brand-subtle - Tinted brand surface: banners, tags, highlighted rows.
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-on-brand-subtle - Text and icons on color.brand-subtle.
 * @cssprop --ger-color-surface - Page background.
 * @cssprop --ger-color-surface-sunken - Wells, code blocks, table stripes.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-radius-md - Buttons, cards and banners.
 * @cssprop --ger-radius-pill - Fully rounded ends: tags and badges.
 * @cssprop --ger-size-target-minimum - Minimum size of every interactive target: 44 px at default text size (WCAG 2.5.5 AAA, the Ger standard).
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerThemeToggle extends GerElement {
  static override styles = [...sharedStyles, controlStyles, themeToggleStyles];
  static override properties: PropertyDeclarations = {
    hideLabel: { type: Boolean, reflect: true, attribute: 'hide-label' },
  };
  static override strings = themeToggleStrings;
  static override shadowRootOptions = { ...GerElement.shadowRootOptions, delegatesFocus: true };

  /** Hides the text visually (it stays the button's name), leaving the icon. */
  hideLabel = false;

  private readonly preferences = new PreferencesController(this);

  private toggle() {
    // The theme is read when the store has come: a press before it (a slow connection) is not lost.
    this.preferences.whenReady(() => this.preferences.set({ theme: this.preferences.theme === 'night' ? 'light' : 'night' }));
  }

  override render() {
    const pressed = this.preferences.theme === 'night';
    return html`<button part="button" class="control button focusable" type="button" aria-pressed=${pressed ? 'true' : 'false'} @click=${this.toggle}>
      <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M20 14.5A8.5 8.5 0 0 1 9.5 4a8.5 8.5 0 1 0 10.5 10.5Z" fill=${pressed ? 'currentColor' : 'none'} stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
      </svg>
      <span class=${this.hideLabel ? 'visually-hidden' : 'text'}>${this.localize.term('nightMode')}</span>
    </button>`;
  }
}

defineElement('ger-theme-toggle', GerThemeToggle);

declare global {
  interface HTMLElementTagNameMap {
    'ger-theme-toggle': GerThemeToggle;
  }
}
