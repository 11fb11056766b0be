import { html, isServer, nothing, type PropertyDeclarations } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { LazyPartController } from '../base/lazy-part.js';
import { PreferencesController } from '../controllers/preferences.js';
import { displaySettingsStrings } from '../locales/display-settings.js';
import type { PreferencesChangeDetail } from '../preferences/model.js';
import { controlStyles } from '../styles/control.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import type { DisplaySettingsPanelHost } from './display-settings-panel.js';
import { displaySettingsStyles } from './display-settings.styles.js';

type PanelModule = typeof import('./display-settings-panel.js');

/**
 * @tagname ger-display-settings
 * @summary Lets the reader set text size, text spacing, colour theme, motion and font for the whole site.
 *
 * A disclosure: a labelled button shows and hides the panel. Every change applies at once,
 * is announced politely and is remembered (see the preferences store). It changes design
 * tokens only, through the root element's attributes: never the page's ARIA, focus or content.
 *
 * The panel is rendered only while open, and its code, strings and styles load when first
 * needed: when the button is hovered, focused or pressed (a touch hovers first), so a page whose
 * reader never opens it never downloads it.
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
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 *
 * @cssprop --ger-z-dropdown - Menus and listboxes.
 */
export class GerDisplaySettings extends GerElement implements DisplaySettingsPanelHost {
  static override styles = [...sharedStyles, controlStyles, displaySettingsStyles];
  static override properties: PropertyDeclarations = {
    open: { type: Boolean, reflect: true },
    overlay: { type: Boolean, reflect: true },
    announcement: { state: true, attribute: false },
  };
  static override strings = displaySettingsStrings;

  /** Shows the panel. */
  open = false;

  /**
   * For a toolbar (as in `ger-header`): the panel opens over the page, under the nearest
   * positioned box and at its end, inset by `--ger-space-md` (a toolbar's padding), so the button
   * stays where the reader pressed it. Without it the panel opens in the flow, pushing the page down.
   */
  overlay = false;

  /** What the live region says after the last change. */
  private announcement = '';

  /**
   * @internal The page's display preferences, shared with the panel. The closed button shows
   * none of them: the store loads with the panel (or at once, when the reader has stored settings).
   */
  readonly preferences = new PreferencesController(this, (detail) => this.announceExternal(detail), 'needed');
  private ownChange = false;

  /** The panel: its code, styles and strings load when first needed (see `LazyPartController`). */
  private readonly panelPart = new LazyPartController<PanelModule>(this, { load: () => import('./display-settings-panel.js'), when: 'request' });

  protected override willUpdate(): void {
    if (this.open && !isServer) this.loadPanel();
  }

  /**
   * Keeps each radio's checkedness in step with the store: a click checks one natively, so a
   * reset or a change from elsewhere must set it back, which a `checked` attribute cannot.
   */
  override updated(): void {
    const current = this.preferences.preferences as unknown as Record<string, unknown>;
    for (const input of this.renderRoot.querySelectorAll('input')) input.checked = String(current[input.name]) === input.value;
  }

  private loadPanel = () => {
    void this.preferences.load().catch(() => {});
    void this.panelPart.load().catch(() => {
      // Said in the console by the controller. The button says the panel is closed again, and its next press tries again.
      this.open = false;
    });
  };

  constructor() {
    super();
    // Over the page, the open panel would hide what the reader moves focus to next (WCAG 2.4.11):
    // it closes once focus goes to anything outside it, and focus stays where the reader put it.
    this.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (this.overlay && next && !this.contains(next)) this.open = false;
    });
  }

  private toggle() {
    this.open = !this.open;
  }

  /** @internal Escape closes the panel and gives focus back to its button, as people expect of a popup. */
  closePanel(): void {
    if (!this.open) return;
    this.open = false;
    this.renderRoot.querySelector<HTMLButtonElement>('[part="toggle"]')?.focus();
  }

  /** @internal A change the reader made in the panel: applied, then announced. */
  change(apply: () => void, announcement: string): void {
    // The panel can come before the store (a slow connection): the change waits for it.
    this.preferences.whenReady(() => {
      this.ownChange = true;
      apply();
      this.ownChange = false;
      this.announcement = announcement;
    });
  }

  /** Changes made elsewhere (another panel, another tab) are shown, not announced again. */
  private announceExternal(detail: PreferencesChangeDetail) {
    if (!this.ownChange && detail.source !== 'system') this.announcement = '';
  }

  override render() {
    const panel = this.open ? this.panelPart.module : undefined;
    return html`
      <button
        part="toggle"
        class="control toggle focusable"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${panel ? 'panel' : nothing}
        @click=${this.toggle}
        @pointerenter=${this.loadPanel}
        @focus=${this.loadPanel}
      >
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M4 20 9.5 5h1L16 20M6.2 14.5h7.6M17 20l2.5-7h.5l2.5 7M17.8 17.8h3.9" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
        <span class="text">${this.localize.term('displaySettings')}</span>
        <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true"><path d="m6 9 6 6 6-6" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" /></svg>
      </button>
      ${panel ? panel.renderPanel(this) : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    `;
  }
}

defineElement('ger-display-settings', GerDisplaySettings);

declare global {
  interface HTMLElementTagNameMap {
    'ger-display-settings': GerDisplaySettings;
  }
}
