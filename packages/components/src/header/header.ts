import { html, nothing, type PropertyDeclarations } from 'lit';
import { jsonList, listOf, listOr } from '../base/converters.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import { DisclosureController } from '../controllers/disclosure.js';
import { ServerRenderController } from '../controllers/server-render.js';
import { WrittenLinksController } from '../controllers/written-links.js';
import type { LanguageOption } from '../language-switch/language-switch.js';
import { headerStrings } from '../locales/header.js';
import { controlStyles } from '../styles/control.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { traditionalScriptStyles } from '../styles/traditional-script.styles.js';
import { safeLinks, type LinkItem } from '../utils/links.js';
import { checkedUrl } from '../utils/url.js';
import { headerStyles } from './header.styles.js';

/**
 * @tagname ger-header
 * @summary The top of every page: the service or agency, the main menu, languages, display settings and search.
 *
 * The main menu is a WAI-ARIA disclosure navigation: on a narrow header (a phone, or large
 * text) it collapses behind a "Цэс" / "Menu" button with `aria-expanded`; Escape closes it and
 * returns focus to the button. The language switch is `ger-language-switch` (loaded when the
 * header has languages; a server render shows it when the server imports it too); the display-settings entry is `ger-display-settings` (loaded when the
 * header connects) unless the page puts its own element in the `settings` slot, e.g.
 * `<ger-theme-toggle slot="settings">`.
 *
 * The menu's links come from `navigation` (data) or from the links written inside the element:
 * `<a>`s, or a `<ul>` of `<li>`s with a link, `aria-current="page"` on the current page's (`"true"` on its section's, from a page under it), as in
 * `ger-side-nav`. Written in the page, they show before the header's script runs (or if it never
 * comes); once it renders, the header shows them as its menu and not the written list. The
 * page's other content written inside (a home link for that moment, in a `<p>`) is not shown
 * then either.
 *
 * @slot logo - The emblem or logo, before the name (an `<img>` with `alt=""` when the name says it all).
 * @slot settings - Replaces the display-settings entry.
 * @slot search - A search form.
 * @slot - Links written in the page (read when `navigation` is empty); shown through this slot
 * only in the server's markup, before the script reads them.
 *
 * @csspart header - The `<header>` landmark.
 * @csspart home - The link to the home page around the logo and names.
 * @csspart navigation - The main menu `<nav>`.
 * @csspart menu-button - The button that shows the menu on narrow screens.
 * @csspart menu - The list of menu links.
 *
 * @cssprop --ger-border-width-heavy - Accent bars: banners, error summary, selected tab.
 * @cssprop --ger-border-width-thin - Decorative dividers.
 * @cssprop --ger-color-border - Decorative dividers only (no contrast requirement). Never the only outline of a control.
 * @cssprop --ger-color-border-control - Borders of inputs and controls: 3:1 against surfaces (WCAG 1.4.11).
 * @cssprop --ger-color-brand - Strong brand fill: primary buttons, selected states. Also for icons and borders on surfaces (3:1). Large headings may use it as text (3:1).
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-link - Links.
 * @cssprop --ger-color-link-hover - Links on hover.
 * @cssprop --ger-color-surface - Page background.
 * @cssprop --ger-color-surface-raised - Cards, dialogs, menus.
 * @cssprop --ger-color-surface-sunken - Wells, code blocks, table stripes.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-color-text-muted - Secondary text: hints, captions, metadata. Still 4.5:1 on every surface.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-size-sm - 14 px at default text size. Hints, captions, tags.
 * @cssprop --ger-font-size-xl - 24 px at default text size. Large text for WCAG purposes (3:1 is enough at this size).
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-font-weight-medium - Labels and buttons where bold is too heavy.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-line-height-heading - Headings; leaves room for Cyrillic diacritics (Й, Ё) when lines wrap.
 * @cssprop --ger-radius-md - Buttons, cards and banners.
 * @cssprop --ger-radius-sm - Inputs and small controls.
 * @cssprop --ger-size-page-max - Maximum width of page content.
 * @cssprop --ger-size-target-minimum - Minimum size of every interactive target: 44 px at default text size (WCAG 2.5.5 AAA, the Ger standard).
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-lg - 24 px at default text size.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 * @dependency ger-display-settings
 * @dependency ger-language-switch
 *
 * @cssprop --ger-font-family-mongolian - The traditional Mongol script (lang="mn-Mong"): Noto Sans Mongolian (the face to self-host), Windows' Mongolian Baiti, Menksoft's Unicode faces, Apple's, then the system's for Latin and Cyrillic words within. No web-font download.
 * @cssprop --ger-letter-spacing-mongolian - Always zero for the traditional Mongol script: it is cursive, and spacing letters breaks their joining in some engines. WCAG 1.4.12's letter spacing does not apply to it (its understanding document exempts scripts that do not use the property); word spacing and line height do.
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 *
 * @cssprop --ger-line-height-mongolian - Every line of the traditional script (lang="mn-Mong"), where a line is a vertical column: Noto Sans Mongolian's own ascent and descent (1.457 + 0.293 em), so neighbouring columns never touch. Above WCAG 1.4.12's 1.5.
 */
export class GerHeader extends GerElement {
  static override styles = [...sharedStyles, controlStyles, traditionalScriptStyles, headerStyles];
  static override properties: PropertyDeclarations = {
    serviceName: { attribute: 'service-name' },
    agency: {},
    agencyMong: { attribute: 'agency-mong' },
    homeHref: { attribute: 'home-href' },
    navigation: { converter: jsonList },
    languages: { converter: jsonList },
    currentLanguage: { attribute: 'current-language' },
    ownSettings: { state: true },
  };
  static override strings = headerStrings;

  /** The service or site, e.g. "e-Mongolia"; the home link's text. */
  serviceName = '';

  /** The agency that runs it, under the name. */
  agency = '';

  /**
   * The agency's name in the traditional Mongol script, set vertically beside the names, as state
   * sites show it beside the Cyrillic one since 2025 (article 7.2 of the Law on the Mongolian Language).
   */
  agencyMong = '';

  /** The home page: http, https or relative. */
  homeHref = '/';

  /**
   * The main menu: `[{ "label": "Үйлчилгээ", "href": "/services", "current": true }]` (JSON in HTML).
   * Without it, the links written inside the element.
   */
  navigation: LinkItem[] = [];

  /** The page in other languages, for `ger-language-switch` (JSON in HTML). */
  languages: LanguageOption[] = [];

  /** The page's language for the switch; by default the nearest `lang`. */
  currentLanguage = '';

  /** Escape closes the menu and returns focus to the menu button. */
  private readonly menu = new DisclosureController(this, { escapeReturnsTo: () => this.renderRoot.querySelector<HTMLElement>('.menu-button') });

  /** Whether the page put its own entry in the settings slot: then the default is neither fetched nor rendered. */
  private ownSettings = false;

  /** The server cannot see the page's own settings entry: it writes the default, and hydration matches it. */
  private readonly serverRender = new ServerRenderController(this);

  private readonly written = new WrittenLinksController(this, this.serverRender);

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownSettings = !!this.querySelector(':scope > [slot="settings"]');
  }

  // The language switch and the display settings load when used, in parallel: the header's own
  // file keeps within its size budget. (The CDN's shell file holds all three.) `updateComplete`
  // waits for the switch until it is defined, not at every update after.
  protected override updated(): void {
    if (this.languages?.length && !customElements.get('ger-language-switch')) this.waitFor(import('../language-switch/language-switch.js'));
    if (!this.ownSettings) void import('../display-settings/display-settings.js');
  }

  private readSettingsSlot(event: Event) {
    this.ownSettings = (event.target as HTMLSlotElement).assignedElements().length > 0;
  }

  override render() {
    const links = safeLinks(listOr(this.navigation, '<ger-header> navigation', this.written.items), '<ger-header> navigation');
    const open = this.menu.open;
    return html`<header part="header" class="header">
      <div class="bar">
        <a part="home" class="home focusable" href=${checkedUrl(this.homeHref, '<ger-header> home-href') ?? '/'}>
          <slot name="logo"></slot>
          ${this.agencyMong ? html`<span class="agency-mong" lang="mn-Mong">${this.agencyMong}</span>` : nothing}
          <span class="names">
            <span class="service">${this.serviceName}</span>
            ${this.agency ? html`<span class="agency">${this.agency}</span>` : nothing}
          </span>
        </a>
        <div class="tools">
          ${
            // Checked here, bound as given: a new list on every render would update the switch each time.
            listOf(this.languages, '<ger-header> languages').length
              ? html`<ger-language-switch .languages=${this.languages} current=${this.currentLanguage}></ger-language-switch>`
              : nothing
          }
          <slot name="settings" @slotchange=${this.readSettingsSlot}
            >${this.serverRender.matching || !this.ownSettings ? html`<ger-display-settings overlay></ger-display-settings>` : nothing}</slot
          >
        </div>
        <slot name="search"></slot>
      </div>
      ${
        links.length
          ? html`<nav part="navigation" class="nav" aria-label=${this.localize.term('mainNavigation')}>
            <button
              part="menu-button"
              class="control menu-button focusable"
              type="button"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls="menu"
              @click=${this.menu.toggle}
            >
              <svg viewBox="0 0 24 24" aria-hidden="true">
                <path d=${open ? 'm6 6 12 12M18 6 6 18' : 'M4 7h16M4 12h16M4 17h16'} stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
              </svg>
              <span class="text">${this.localize.term('menu')}</span>
            </button>
            <ul part="menu" id="menu" class="menu ${open ? 'open' : ''}">
              ${links.map(
                (link) =>
                  html`<li>
                    ${
                      link.href
                        ? html`<a class="link focusable" href=${link.href} aria-current=${link.current || nothing}
                          ><span class="text">${link.label}</span></a
                        >`
                        : html`<span class="link"><span class="text">${link.label}</span></span>`
                    }
                  </li>`,
              )}
            </ul>
          </nav>`
          : this.written.items
            ? nothing
            : html`<slot></slot>`
      }
    </header>`;
  }
}

defineElement('ger-header', GerHeader);

declare global {
  interface HTMLElementTagNameMap {
    'ger-header': GerHeader;
  }
}
