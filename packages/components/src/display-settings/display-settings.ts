import { html, nothing } from 'lit';
import { property, state } from '../base/decorators.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import { PreferencesController } from '../controllers/preferences.js';
import type { TermKey } from '../locales/translation.js';
import {
  FONT_CHOICES,
  MOTION_CHOICES,
  TEXT_SIZES,
  TEXT_SPACINGS,
  THEME_CHOICES,
  type DisplayPreferences,
  type PreferencesChangeDetail,
} from '../preferences/preferences.js';
import { controlStyles } from '../styles/control.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { displaySettingsStyles } from './display-settings.styles.js';
import { displaySettingsStrings } from '../locales/display-settings.js';

type Key = keyof DisplayPreferences;

interface Group {
  key: Key;
  legend: TermKey;
  values: readonly (string | number)[];
  label: (value: string | number) => string;
}

const THEME_TERMS: Record<string, TermKey> = { system: 'followDevice', light: 'themeLight', night: 'themeNight', contrast: 'themeContrast' };
const SPACING_TERMS: Record<string, TermKey> = { normal: 'spacingNormal', wcag: 'spacingWcag', wide: 'spacingWide' };
const MOTION_TERMS: Record<string, TermKey> = { system: 'followDevice', reduce: 'motionReduce' };
const FONT_TERMS: Record<string, TermKey> = { default: 'fontDefault', legible: 'fontLegible' };

/**
 * @tagname ger-display-settings
 * @summary Lets the reader set text size, text spacing, colour theme, motion and font for the whole site.
 *
 * A disclosure: a labelled button shows and hides the panel. Every change applies at once,
 * is announced politely and is remembered (see the preferences store). It changes design
 * tokens only, through the root element's attributes: never the page's ARIA, focus or content.
 *
 * @csspart toggle - The button that shows and hides the panel.
 * @csspart panel - The panel.
 * @csspart reset - The reset button.
 *
 * @cssprop --ger-border-width-thin - Decorative dividers.
 * @cssprop --ger-color-border - Decorative dividers only (no contrast requirement). Never the only outline of a control.
 * @cssprop --ger-color-border-control - Borders of inputs and controls: 3:1 against surfaces (WCAG 1.4.11).
 * @cssprop --ger-color-brand - Strong brand fill: primary buttons, selected states. Also for icons and borders on surfaces (3:1). Large headings may use it as text (3:1).
 * @cssprop --ger-color-brand-subtle - Tinted brand surface: banners, tags, highlighted rows.
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-link - Links.
 * @cssprop --ger-color-on-brand-subtle - Text and icons on color.brand-subtle.
 * @cssprop --ger-color-surface - Page background.
 * @cssprop --ger-color-surface-raised - Cards, dialogs, menus.
 * @cssprop --ger-color-surface-sunken - Wells, code blocks, table stripes.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-radius-md - Buttons, cards and banners.
 * @cssprop --ger-shadow-md - Dropdowns, popovers.
 * @cssprop --ger-size-target-minimum - Minimum size of every interactive target: 44 px at default text size (WCAG 2.5.5 AAA, the Ger standard).
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 */
export class GerDisplaySettings extends GerElement {
  static override styles = [...sharedStyles, controlStyles, displaySettingsStyles];
  static override strings = displaySettingsStrings;

  /** Shows the panel. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** What the live region says after the last change. */
  @state() private announcement = '';

  private readonly preferences = new PreferencesController(this, (detail) => this.announceExternal(detail));
  private ownChange = false;

  private get groups(): Group[] {
    const percent = (value: string | number) => this.localize.number(Number(value) / 100, { style: 'percent' });
    const term = (terms: Record<string, TermKey>) => (value: string | number) => this.localize.term(terms[String(value)]);
    return [
      { key: 'textSize', legend: 'textSize', values: TEXT_SIZES, label: percent },
      { key: 'textSpacing', legend: 'textSpacing', values: TEXT_SPACINGS, label: term(SPACING_TERMS) },
      { key: 'theme', legend: 'colourTheme', values: THEME_CHOICES, label: term(THEME_TERMS) },
      { key: 'motion', legend: 'motion', values: MOTION_CHOICES, label: term(MOTION_TERMS) },
      { key: 'font', legend: 'font', values: FONT_CHOICES, label: term(FONT_TERMS) },
    ];
  }

  /**
   * Keeps each radio's checkedness in step with the store: a click checks one natively, so a
   * reset or a change from elsewhere must set it back, which a `checked` attribute cannot.
   */
  override updated(): void {
    const current = this.preferences.preferences as unknown as Record<string, unknown>;
    for (const input of this.renderRoot.querySelectorAll('input')) input.checked = String(current[input.name]) === input.value;
  }

  private toggle() {
    this.open = !this.open;
  }

  /** Escape closes the panel and gives focus back to its button, as people expect of a popup. */
  private handleKeydown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !this.open) return;
    event.stopPropagation();
    this.open = false;
    this.renderRoot.querySelector<HTMLButtonElement>('[part="toggle"]')?.focus();
  }

  private choose(group: Group, value: string | number) {
    this.ownChange = true;
    this.preferences.set({ [group.key]: value } as Partial<DisplayPreferences>);
    this.ownChange = false;
    this.announcement = `${this.localize.term(group.legend)}: ${group.label(value)}`;
  }

  private reset() {
    this.ownChange = true;
    this.preferences.reset();
    this.ownChange = false;
    this.announcement = this.localize.term('settingsWereReset');
  }

  /** Changes made elsewhere (another panel, another tab) are shown, not announced again. */
  private announceExternal(detail: PreferencesChangeDetail) {
    if (!this.ownChange && detail.source !== 'system') this.announcement = '';
  }

  override render() {
    const current = this.preferences.preferences;
    const system = this.preferences.system;
    return html`
      <button
        part="toggle"
        class="control toggle focusable"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${this.toggle}
      >
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M4 20 9.5 5h1L16 20M6.2 14.5h7.6M17 20l2.5-7h.5l2.5 7M17.8 17.8h3.9" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
        <span class="text">${this.localize.term('displaySettings')}</span>
        <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true"><path d="m6 9 6 6 6-6" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" /></svg>
      </button>
      <div part="panel" id="panel" class="panel" ?hidden=${!this.open} @keydown=${this.handleKeydown}>
        ${this.groups.map((group) => this.renderGroup(group, current[group.key], group.key === 'theme' && system.forcedColors))}
        <button part="reset" class="control reset focusable" type="button" @click=${this.reset}>${this.localize.term('resetSettings')}</button>
      </div>
      <div class="visually-hidden" role="status">${this.announcement}</div>
    `;
  }

  private renderGroup(group: Group, selected: string | number, forcedColours: boolean) {
    const now =
      group.key === 'theme' && selected === 'system' ? this.localize.term('themeNow', { theme: this.localize.term(THEME_TERMS[this.preferences.theme]) }) : '';
    return html`<fieldset>
      <legend>${this.localize.term(group.legend)}</legend>
      ${forcedColours ? html`<p id="forced-note">${this.localize.term('forcedColoursNote')}</p>` : nothing}
      <div class="options">
        ${group.values.map(
          (value) => html`<label class="control option">
            <input
              class="focusable"
              type="radio"
              name=${group.key}
              .value=${String(value)}
              ?checked=${value === selected}
              aria-describedby=${forcedColours ? 'forced-note' : nothing}
              @change=${() => this.choose(group, value)}
            />
            <span class="text">${group.label(value)}${value === selected && now ? ` ${now}` : nothing}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }
}

defineElement('ger-display-settings', GerDisplaySettings);

declare global {
  interface HTMLElementTagNameMap {
    'ger-display-settings': GerDisplaySettings;
  }
}
