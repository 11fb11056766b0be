import { html, nothing, type PropertyDeclarations } from 'lit';
import { jsonList, listOr } from '../base/converters.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import { WrittenLinksController } from '../controllers/written-links.js';
import { footerStrings } from '../locales/footer.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { safeLinks, type LinkItem, type SafeLink } from '../utils/links.js';
import { checkedUrl } from '../utils/url.js';
import { warnOnce } from '../utils/warn.js';
import { footerStyles } from './footer.styles.js';

const EMAIL = /^[^\s@<>"()]+@[^\s@<>"()]+\.[^\s@<>"()]+$/;

/**
 * @tagname ger-footer
 * @summary The bottom of every page: how to get help (the 1111 hotline first), links, the accessibility statement and the agency responsible.
 *
 * Help is always first and always in the same order (hotline with its hours, email, live chat, other ways to
 * get in touch), whatever the page gives, so it is found in the same place on every page
 * (WCAG 3.2.6 Consistent Help).
 *
 * The links come from `links` (data) or from the links written inside the element: `<a>`s, or a
 * `<ul>` of `<li>`s with a link, as in `ger-side-nav`. Written in the page, they show before the
 * footer's script runs (or if it never comes), so the page can write its whole footer there,
 * help included: a written link to what the footer shows from its attributes (the same `tel:`,
 * `mailto:`, chat, contact, accessibility statement or agency href) is not repeated.
 *
 * @slot - Small print at the end, such as the copyright line. Written links are not small print:
 * the footer shows them as its links.
 *
 * @csspart footer - The `<footer>` landmark.
 * @csspart help - The help block.
 * @csspart hotline - The hotline number link.
 * @csspart links - The links `<nav>`.
 * @csspart about - The agency, accessibility statement and small print.
 *
 * @cssprop --ger-border-width-heavy - Accent bars: banners, error summary, selected tab.
 * @cssprop --ger-color-brand - Strong brand fill: primary buttons, selected states. Also for icons and borders on surfaces (3:1). Large headings may use it as text (3:1).
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-link - Links.
 * @cssprop --ger-color-link-hover - Links on hover.
 * @cssprop --ger-color-surface-sunken - Wells, code blocks, table stripes.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-color-text-muted - Secondary text: hints, captions, metadata. Still 4.5:1 on every surface.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-size-2xl - 32 px at default text size. Section headings.
 * @cssprop --ger-font-size-lg - 20 px at default text size. Lead paragraphs, small headings.
 * @cssprop --ger-font-size-sm - 14 px at default text size. Hints, captions, tags.
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-line-height-heading - Headings; leaves room for Cyrillic diacritics (Й, Ё) when lines wrap.
 * @cssprop --ger-line-height-tight - Single-line UI text: buttons, tags. Never for paragraphs.
 * @cssprop --ger-size-page-max - Maximum width of page content.
 * @cssprop --ger-space-3xs - 2 px at default text size.
 * @cssprop --ger-space-lg - 24 px at default text size.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-space-xl - 32 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerFooter extends GerElement {
  static override styles = [...sharedStyles, footerStyles];
  static override properties: PropertyDeclarations = {
    hotline: {},
    hotlineHours: { attribute: 'hotline-hours' },
    email: {},
    chatHref: { attribute: 'chat-href' },
    contactHref: { attribute: 'contact-href' },
    accessibilityHref: { attribute: 'accessibility-href' },
    agency: {},
    agencyHref: { attribute: 'agency-href' },
    links: { converter: jsonList },
  };
  static override strings = footerStrings;

  /** The helpline number, called with a `tel:` link. */
  hotline = '1111';

  /** When the helpline answers, in the page's language, e.g. "Өдөр бүр 24 цаг". */
  hotlineHours = '';

  /** An email address for help. */
  email = '';

  /** The live chat: http, https or relative. */
  chatHref = '';

  /** A page with every way to get in touch. */
  contactHref = '';

  /** The site's accessibility statement. */
  accessibilityHref = '';

  /** The agency responsible for the site. */
  agency = '';

  /** The agency's website. */
  agencyHref = '';

  /**
   * More links: `[{ "label": "Нууцлалын бодлого", "href": "/privacy" }]` (JSON in HTML). Without
   * it, the links written inside the element.
   */
  links: LinkItem[] = [];

  private readonly written = new WrittenLinksController(this);

  private link(link: SafeLink) {
    return link.href ? html`<a class="focusable" href=${link.href}>${link.label}</a>` : link.label;
  }

  private renderHelp(hotline: string, phone: string, email: string, chat?: string, contact?: string) {
    return html`<section part="help" class="help" aria-labelledby="help-heading">
      <h2 id="help-heading">${this.localize.term('footerHelp')}</h2>
      <ul class="plain">
        ${
          hotline
            ? html`<li>
              <span class="label">${this.localize.term('hotline')}</span>
              ${
                phone.length >= 3
                  ? html`<a part="hotline" class="hotline focusable" href="tel:${phone}">${hotline}</a>`
                  : html`<span class="hotline">${hotline}</span>`
              }
              ${this.hotlineHours ? html`<span class="note">${this.hotlineHours}</span>` : nothing}
              <span class="note">${this.localize.term('hotlineNote')}</span>
            </li>`
            : nothing
        }
        ${email ? html`<li><span class="label">${this.localize.term('email')}</span> <a class="focusable" href="mailto:${email}">${email}</a></li>` : nothing}
        ${chat ? html`<li><a class="focusable" href=${chat}>${this.localize.term('liveChat')}</a></li>` : nothing}
        ${contact ? html`<li><a class="focusable" href=${contact}>${this.localize.term('contactPage')}</a></li>` : nothing}
      </ul>
    </section>`;
  }

  override render() {
    // Set from a script, a number is a fine hotline (React: hotline={1111}).
    const hotline = String(this.hotline ?? '');
    const phone = hotline.replace(/[^\d+]/g, '');
    if (hotline && phone.length < 3) warnOnce(`<ger-footer> hotline="${hotline.slice(0, 30)}" is not a phone number; it is not a link.`);
    const given = String(this.email ?? '');
    const email = EMAIL.test(given) ? given : '';
    if (given && !email) warnOnce(`<ger-footer> email="${given.slice(0, 60)}" is not an email address; it is left out.`);
    const chat = checkedUrl(this.chatHref, '<ger-footer> chat-href');
    const contact = checkedUrl(this.contactHref, '<ger-footer> contact-href');
    const statement = checkedUrl(this.accessibilityHref, '<ger-footer> accessibility-href');
    const agencyHref = checkedUrl(this.agencyHref, '<ger-footer> agency-href');
    // The page's own copy of what the footer shows anyway: its fallback, not more links.
    const shown = [`tel:${phone}`, `mailto:${email}`, chat, contact, statement, agencyHref];
    const written = this.written.items?.filter((link) => !link.href || !shown.includes(link.href));
    const links: SafeLink[] = [
      ...(statement ? [{ label: this.localize.term('accessibilityStatement'), href: statement, current: false as const }] : []),
      ...safeLinks(listOr(this.links, '<ger-footer> links', written), '<ger-footer> links'),
    ];
    return html`<footer part="footer" class="footer">
      <div class="inner">
        ${this.renderHelp(hotline, phone, email, chat, contact)}
        ${
          links.length
            ? html`<nav part="links" aria-label=${this.localize.term('footerLinks')}>
              <ul class="plain">
                ${links.map((link) => html`<li>${this.link(link)}</li>`)}
              </ul>
            </nav>`
            : nothing
        }
        <div part="about" class="about ${this.written.items ? 'read' : ''}">
          ${
            this.agency
              ? html`<p>
                <span class="label">${this.localize.term('responsibleAgency')}</span>
                ${this.link({ label: this.agency, href: agencyHref, current: false })}
              </p>`
              : nothing
          }
          <slot></slot>
        </div>
      </div>
    </footer>`;
  }
}

defineElement('ger-footer', GerFooter);

declare global {
  interface HTMLElementTagNameMap {
    'ger-footer': GerFooter;
  }
}
