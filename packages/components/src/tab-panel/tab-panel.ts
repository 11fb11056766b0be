import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { ServerRenderController } from '../controllers/server-render.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { type HeadingLevel, renderHeading } from '../utils/heading.js';
import { warnOnce } from '../utils/warn.js';
import { tabPanelStyles } from './tab-panel.styles.js';

/** How `ger-tabs` shows its panels: one at a time behind tabs, or all under headings. */
export type TabsLayout = 'tabs' | 'sections';

/** What a panel asks of its `ger-tabs` (not imported: the tabs import the panel). */
interface PanelOwner extends HTMLElement {
  readonly panels: readonly { readonly selected: boolean }[];
  select(panel: Element): void;
}

/**
 * @tagname ger-tab-panel
 * @summary One panel of a `ger-tabs`: its `label` names the tab, or heads the section on a narrow screen.
 *
 * Behind tabs it is the tab panel its tab controls; as a section (a narrow screen, large text, a
 * page without JavaScript) it is shown under a heading that says its label. Give it an `id` for
 * `ger-tabs hash` to put it in the page address.
 *
 * @slot - The panel's content.
 *
 * @csspart heading - The heading that says the label, when the tabs are shown as sections.
 * @csspart content - The content.
 *
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-size-xl - 24 px at default text size. Large text for WCAG purposes (3:1 is enough at this size).
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-line-height-heading - Headings; leaves room for Cyrillic diacritics (Й, Ё) when lines wrap.
 * @cssprop --ger-space-lg - 24 px at default text size.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerTabPanel extends GerElement {
  static override styles = [...sharedStyles, tabPanelStyles];
  static override properties: PropertyDeclarations = {
    label: {},
    selected: { type: Boolean, reflect: true },
    layout: { attribute: false },
    level: { attribute: false },
  };

  /** The tab's text, and the heading of the section on a narrow screen: a word or two. */
  label = '';

  /** Whether this is the panel shown behind the tabs. `ger-tabs` keeps one selected: setting it selects this panel. */
  selected = false;

  /** @internal Given by `ger-tabs`; a server render shows sections. */
  layout: TabsLayout = 'sections';

  /** @internal The level of the section heading, given by `ger-tabs`. */
  level: HeadingLevel = 2;

  /** Neither the server nor the first client render of a server-rendered panel knows its tabs. */
  private readonly serverRender = new ServerRenderController(this);

  private readonly internals = isServer ? undefined : this.attachInternals();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (isServer || (!changed.has('layout') && !changed.has('selected') && !changed.has('label'))) return;
    const tabbed = this.layout === 'tabs';
    // The panel is the tab panel itself (its tab controls it), named by the tab's text.
    this.internals!.role = tabbed ? 'tabpanel' : null;
    this.internals!.ariaLabel = tabbed ? this.label : null;
    this.hidden = tabbed && !this.selected;
    // Focusable behind tabs, so Tab from the tab reaches a panel that holds only text (APG).
    if (tabbed) this.tabIndex = 0;
    else if (changed.get('layout') === 'tabs') this.removeAttribute('tabindex');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // ger-tabs reads its own children only: anywhere else the panel is a section, never a tab.
    if (!isServer && this.parentElement?.localName !== 'ger-tabs')
      warnOnce('<ger-tab-panel> belongs directly inside a <ger-tabs>; shown as a section under its label.');
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.label) warnOnce('<ger-tab-panel> has no label: its tab, or its section heading, has no name.');
    // Selected by a page's script (as an <option> is), not by the tabs: the tabs show it, and
    // the panel shown before is no longer selected.
    const owner = this.parentElement?.localName === 'ger-tabs' ? (this.parentElement as PanelOwner) : undefined;
    if (changed.has('selected') && this.selected && owner?.panels.some((panel) => panel !== this && panel.selected)) owner.select(this);
  }

  /** @internal Focuses the section heading: the tabs gave way to sections under the reader's focus. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
  }

  override render() {
    const sections = this.serverRender.matching || this.layout === 'sections';
    // The heading takes focus from script (focusHeading), never from Tab.
    return html`${sections ? renderHeading(this.serverRender.matching ? 2 : this.level, this.label, { part: 'heading', class: 'heading focusable', focusable: !this.serverRender.matching }) : nothing}
      <div part="content" class="content"><slot></slot></div>`;
  }
}

defineElement('ger-tab-panel', GerTabPanel);

declare global {
  interface HTMLElementTagNameMap {
    'ger-tab-panel': GerTabPanel;
  }
}
