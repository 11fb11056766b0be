import { html } from 'lit';
import { property } from '../base/decorators.js';
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
 */
export class GerThemeToggle extends GerElement {
  static override styles = [...sharedStyles, controlStyles, themeToggleStyles];
  static override strings = themeToggleStrings;
  static override shadowRootOptions = { ...GerElement.shadowRootOptions, delegatesFocus: true };

  /** Hides the text visually (it stays the button's name), leaving the icon. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-label' }) hideLabel = false;

  private readonly preferences = new PreferencesController(this);

  private toggle() {
    this.preferences.set({ theme: this.preferences.theme === 'night' ? 'light' : 'night' });
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
