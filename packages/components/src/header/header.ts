import { html, nothing } from 'lit';
import { jsonList } from '../base/converters.js';
import { property, query } from '../base/decorators.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import { DisclosureController } from '../controllers/disclosure.js';
import '../language-switch/language-switch.js';
import type { LanguageOption } from '../language-switch/language-switch.js';
import { headerStrings } from '../locales/header.js';
import { controlStyles } from '../styles/control.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { safeLinks, type LinkItem } from '../utils/links.js';
import { checkedUrl } from '../utils/url.js';
import { headerStyles } from './header.styles.js';

/**
 * @tagname ger-header
 * @summary The top of every page: the service or agency, the main menu, languages, display settings and search.
 *
 * The main menu is a WAI-ARIA disclosure navigation: on a narrow header (a phone, or large
 * text) it collapses behind a "Цэс" / "Menu" button with `aria-expanded`; Escape closes it and
 * returns focus to the button. The language switch is `ger-language-switch`; the display-settings
 * entry is `ger-display-settings` (loaded when the header connects) unless the page puts its own
 * element in the `settings` slot, e.g. `<ger-theme-toggle slot="settings">`.
 *
 * @slot logo - The emblem or logo, before the name (an `<img>` with `alt=""` when the name says it all).
 * @slot settings - Replaces the display-settings entry.
 * @slot search - A search form.
 *
 * @csspart header - The `<header>` landmark.
 * @csspart home - The link to the home page around the logo and names.
 * @csspart navigation - The main menu `<nav>`.
 * @csspart menu-button - The button that shows the menu on narrow screens.
 * @csspart menu - The list of menu links.
 */
export class GerHeader extends GerElement {
  static override styles = [...sharedStyles, controlStyles, headerStyles];
  static override strings = headerStrings;

  /** The service or site, e.g. "e-Mongolia"; the home link's text. */
  @property({ attribute: 'service-name' }) serviceName = '';

  /** The agency that runs it, under the name. */
  @property() agency = '';

  /** The home page: http, https or relative. */
  @property({ attribute: 'home-href' }) homeHref = '/';

  /** The main menu: `[{ "label": "Үйлчилгээ", "href": "/services", "current": true }]` (JSON in HTML). */
  @property({ converter: jsonList }) navigation: LinkItem[] = [];

  /** The page in other languages, for `ger-language-switch` (JSON in HTML). */
  @property({ converter: jsonList }) languages: LanguageOption[] = [];

  /** The page's language for the switch; by default the nearest `lang`. */
  @property({ attribute: 'current-language' }) currentLanguage = '';

  @query('.menu-button') private menuButton?: HTMLButtonElement;

  private readonly menu = new DisclosureController(this, { escapeReturnsTo: () => this.menuButton });

  override connectedCallback(): void {
    super.connectedCallback();
    // The default settings entry, fetched only when the page has not put its own in the slot.
    if (!this.querySelector(':scope > [slot="settings"]')) void import('../display-settings/display-settings.js');
  }

  override render() {
    const links = safeLinks(this.navigation, '<ger-header> navigation');
    const open = this.menu.open;
    return html`<header part="header" class="header">
      <div class="bar">
        <a part="home" class="home focusable" href=${checkedUrl(this.homeHref, '<ger-header> home-href') ?? '/'}>
          <slot name="logo"></slot>
          <span class="names">
            <span class="service">${this.serviceName}</span>
            ${this.agency ? html`<span class="agency">${this.agency}</span>` : nothing}
          </span>
        </a>
        <div class="tools">
          ${this.languages.length ? html`<ger-language-switch .languages=${this.languages} current=${this.currentLanguage}></ger-language-switch>` : nothing}
          <slot name="settings"><ger-display-settings></ger-display-settings></slot>
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
                        ? html`<a class="link focusable" href=${link.href} aria-current=${link.current ? 'page' : nothing}
                          ><span class="text">${link.label}</span></a
                        >`
                        : html`<span class="link"><span class="text">${link.label}</span></span>`
                    }
                  </li>`,
              )}
            </ul>
          </nav>`
          : nothing
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
