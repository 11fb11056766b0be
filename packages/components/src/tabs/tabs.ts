import { html, isServer, nothing, type PropertyDeclarations } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { ServerRenderController } from '../controllers/server-render.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { headingLevel } from '../utils/heading.js';
import { warnOnce } from '../utils/warn.js';
import { horizontalKey } from '../utils/arrow-keys.js';
import { isVerticalWriting } from '../utils/writing-mode.js';
import { GerTabPanel, type TabsLayout } from '../tab-panel/tab-panel.js';
import { tabsStyles } from './tabs.styles.js';
import { oneOf } from '../utils/one-of.js';

export { GerTabPanel };
export type { TabsLayout };

export const TAB_ACTIVATIONS = ['automatic', 'manual'] as const;
export type TabActivation = (typeof TAB_ACTIVATIONS)[number];

/** Below this width, in the host's text size, the tabs are sections (GOV.UK switches at 40em too). */
const TABS_MIN_EM = 40;

/** Whether a tab can name the panel it controls across the shadow boundary (ARIA element reflection). */
const canReflectControls = !isServer && 'ariaControlsElements' in Element.prototype;

/**
 * @tagname ger-tabs
 * @summary Panels of related content behind tabs, one shown at a time; headed sections on a narrow screen.
 *
 * Each `ger-tab-panel` names its tab with `label`. Behind tabs it follows the WAI-ARIA tabs
 * pattern: the arrow keys move between tabs (and show each, unless `activation="manual"`), Home
 * and End go to the first and last, Tab goes into the panel. Where the tabs would be narrower
 * than 40 characters of text (a phone, 200% text), and before JavaScript runs, the panels are
 * shown one after another under headings instead: a row of tabs never scrolls out of sight.
 *
 * @slot - The `ger-tab-panel` elements.
 *
 * @csspart tablist - The row of tabs.
 * @csspart tab - A tab.
 *
 * @fires ger-tab-change - The reader chose another tab.
 *
 * @dependency ger-tab-panel
 *
 * @cssprop --ger-border-width-thin - Decorative dividers.
 * @cssprop --ger-color-border - Decorative dividers only (no contrast requirement). Never the only outline of a control.
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-link - Links.
 * @cssprop --ger-color-link-hover - Links on hover.
 * @cssprop --ger-color-surface - Page background.
 * @cssprop --ger-color-surface-sunken - Wells, code blocks, table stripes.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-radius-sm - Inputs and small controls.
 * @cssprop --ger-size-target-minimum - Minimum size of every interactive target: 44 px at default text size (WCAG 2.5.5 AAA, the Ger standard).
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-lg - 24 px at default text size.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerTabs extends GerElement {
  static override styles = [...sharedStyles, tabsStyles];
  static override properties: PropertyDeclarations = {
    label: {},
    activation: {},
    hash: { type: Boolean },
    headingLevel: { attribute: 'heading-level' },
    layout: { state: true },
    vertical: { state: true },
  };

  /** What the tabs are about, for screen readers ("Passport fees"); optional. */
  label = '';

  /** `automatic` (default): an arrow key shows the tab it moves to; `manual`: Enter or Space shows it. */
  activation: TabActivation = 'automatic';

  /** Puts the shown panel's `id` in the page address (`#fees`), and shows the panel the address names. */
  hash = false;

  /** Level of the section headings on a narrow screen, 1 to 6 (2 when not given). */
  headingLevel?: number | string;

  /** Tabs, or sections when the tabs would not fit (and always on the server). */
  private layout: TabsLayout = 'sections';

  /** Whether the text runs top to bottom (the traditional script), so the tabs do too: measured with the layout. */
  private vertical = false;

  private readonly serverRender = new ServerRenderController(this);
  private resizeObserver?: ResizeObserver;
  /** The address is read once, when the panels are first known; then the reader's choice counts. */
  private addressRead = false;

  /** The panels, in order. */
  get panels(): GerTabPanel[] {
    return this.serverRender.matching ? [] : [...this.children].filter((child): child is GerTabPanel => child instanceof GerTabPanel);
  }

  /** The panel shown behind the tabs (and the one the tabs return to after a narrow layout). */
  get selectedPanel(): GerTabPanel | undefined {
    return this.panels.find((panel) => panel.selected);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    window.addEventListener('hashchange', this.showPanelInAddress);
    this.resizeObserver ??= new ResizeObserver(() => this.measure());
    if (this.hasUpdated) this.observeRulers();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.showPanelInAddress);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  protected override firstUpdated(): void {
    this.observeRulers();
  }

  /**
   * Watches the room the host has (`.measure`, as wide as the host and never taller than 0) and
   * 1em of its text (`.ruler`, which changes with the reader's text size). Not the host itself:
   * its height changes with the layout, which would ask the observer again in the same frame.
   */
  private observeRulers() {
    for (const ruler of this.renderRoot.querySelectorAll('.measure, .ruler')) this.resizeObserver?.observe(ruler);
  }

  /** Shows `panel` (a panel or its index) behind the tabs; `focus` moves focus to its tab. */
  select(panel: GerTabPanel | number, { focus = false } = {}): void {
    const panels = this.panels;
    const chosen = typeof panel === 'number' ? panels[panel] : panel;
    if (!chosen || !panels.includes(chosen)) return;
    const changed = !chosen.selected;
    for (const other of panels) other.selected = other === chosen;
    this.requestUpdate();
    if (focus) void this.updateComplete.then(() => this.tabFor(chosen)?.focus());
    if (!changed) return;
    if (this.hash && chosen.id) history.replaceState(history.state, '', `#${encodeURIComponent(chosen.id)}`);
    this.emit('ger-tab-change', { index: panels.indexOf(chosen), id: chosen.id, label: chosen.label });
  }

  private tabFor(panel: GerTabPanel): HTMLElement | null {
    return this.renderRoot.querySelector(`#tab-${this.panels.indexOf(panel)}`);
  }

  /**
   * Tabs where the host is at least 40em long in its own text size and along its text (wide, or
   * tall when set vertically), else sections.
   */
  private measure() {
    const box = this.renderRoot.querySelector<HTMLElement>('.measure');
    const ruler = this.renderRoot.querySelector<HTMLElement>('.ruler');
    if (!box || !ruler) return;
    const vertical = isVerticalWriting(this);
    this.vertical = vertical;
    const size = (element: HTMLElement) => element.getBoundingClientRect()[vertical ? 'height' : 'width'];
    const layout = size(box) >= TABS_MIN_EM * size(ruler) ? 'tabs' : 'sections';
    if (layout !== this.layout && this.hasUpdated) this.keepFocusAcross(layout);
    this.layout = layout;
  }

  /**
   * The layout changes under the reader's focus (a zoom, a turned phone): focus stays with its
   * panel instead of falling to the page with the tab or heading that goes away.
   */
  private keepFocusAcross(layout: TabsLayout) {
    const panels = this.panels;
    if (layout === 'sections') {
      const focusedTab = [...this.renderRoot.querySelectorAll('[role="tab"]')].findIndex((tab) => tab.matches(':focus'));
      // A panel behind its tab is focusable only there (tabindex 0).
      const panel = focusedTab >= 0 ? panels[focusedTab] : panels.find((candidate) => candidate.matches(':focus'));
      if (panel) void this.whenPanelsRendered().then(() => panel.focusHeading());
      return;
    }
    const panel = panels.find((candidate) => candidate.matches(':focus-within'));
    if (!panel) return;
    // Its heading goes with the sections: its tab takes focus. Focus in its content stays there,
    // shown behind the tabs.
    const onHeading = !panel.contains(document.activeElement) || document.activeElement === panel;
    this.select(panel, { focus: onHeading });
  }

  private async whenPanelsRendered() {
    await this.updateComplete;
    await Promise.all(this.panels.map((panel) => panel.updateComplete));
  }

  /** The panel whose id the address names, when `hash` is on. */
  private panelInAddress(): GerTabPanel | undefined {
    if (!this.hash || isServer) return undefined;
    let id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      // A malformed address (#%E0) names no panel.
    }
    return id ? this.panels.find((panel) => panel.id === id) : undefined;
  }

  private showPanelInAddress = () => {
    const panel = this.panelInAddress();
    if (panel) this.select(panel);
  };

  /** Before each render: one panel selected, and every panel told how it is shown. */
  protected override willUpdate(): void {
    // A new `lang` re-renders the host (its localize controller) and may turn the text with it,
    // which the resize observer does not see: it measures along and across the text.
    if (this.hasUpdated && isVerticalWriting(this) !== this.vertical) this.measure();
    const panels = this.panels;
    if (!panels.length) return;
    if (this.hash && panels.some((panel) => !panel.id))
      warnOnce('<ger-tabs hash> needs an id on every <ger-tab-panel> to name it in the address; panels without one stay out of it.');
    const inAddress = this.addressRead ? undefined : this.panelInAddress();
    this.addressRead = true;
    const selected = inAddress ?? panels.find((panel) => panel.selected) ?? panels[0];
    const level = headingLevel(this, this.headingLevel, 2);
    for (const panel of panels) {
      panel.selected = panel === selected;
      panel.layout = this.layout;
      panel.level = level;
    }
  }

  private handleKeydown(event: KeyboardEvent) {
    const panels = this.panels;
    const tabs = [...this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')];
    const from = tabs.indexOf(event.target as HTMLElement);
    const count = tabs.length;
    // The tabs run along the text: Left and Right, or Down and Up when it is set vertically.
    const key = horizontalKey(event, event.currentTarget as Element);
    const to = { ArrowLeft: (from - 1 + count) % count, ArrowRight: (from + 1) % count, Home: 0, End: count - 1 }[key];
    if (to === undefined || from < 0) return;
    event.preventDefault();
    if (this.activation === 'manual') tabs[to].focus();
    else this.select(panels[to], { focus: true });
  }

  override render() {
    const activation = oneOf(this, 'activation', this.activation, TAB_ACTIVATIONS, 'automatic');
    const panels = this.panels;
    const tabbed = this.layout === 'tabs' && panels.length > 0;
    return html`${
      tabbed
        ? html`<div
            part="tablist"
            class="tablist"
            role="tablist"
            aria-label=${this.label || nothing}
            aria-orientation=${this.vertical ? 'vertical' : nothing}
            data-activation=${activation}
            @keydown=${this.handleKeydown}
          >
            ${panels.map(
              (panel, index) =>
                html`<button
                  part="tab"
                  class="tab focusable"
                  id="tab-${index}"
                  type="button"
                  role="tab"
                  aria-selected=${panel.selected ? 'true' : 'false'}
                  tabindex=${panel.selected ? '0' : '-1'}
                  .ariaControlsElements=${canReflectControls ? [panel] : nothing}
                  @click=${() => this.select(panel)}
                >
                  ${panel.label}
                </button>`,
            )}
          </div>`
        : nothing
    }
      <slot class="panels ${tabbed ? 'tabbed' : ''}" @slotchange=${() => this.requestUpdate()}></slot>
      <div class="measure" aria-hidden="true"><div class="ruler"></div></div>`;
  }
}

defineElement('ger-tabs', GerTabs);

declare global {
  interface HTMLElementTagNameMap {
    'ger-tabs': GerTabs;
  }
}
