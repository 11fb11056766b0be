import { html, nothing, type PropertyDeclarations } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { serviceCardStrings } from '../locales/service-card.js';
import type { TermKey } from '../locales/translation.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { endTag, joinTemplates } from '../utils/joined-template.js';
import { textIn, type LocalizedText } from '../utils/localized-text.js';
import { safeUrl } from '../utils/url.js';
import { warnOnce } from '../utils/warn.js';
import { serviceCardStyles } from './service-card.styles.js';
import { headingLevel } from '../utils/heading.js';
import { formatNumber, pluralTerm } from '../controllers/localize.js';
import { oneOf } from '../utils/one-of.js';

export const SERVICE_CARD_VARIANTS = ['full', 'compact'] as const;
export const SERVICE_DELIVERIES = ['online', 'hybrid', 'in-person'] as const;
export const SERVICE_STATUSES = ['new', 'updated', 'unavailable'] as const;
export type ServiceCardVariant = (typeof SERVICE_CARD_VARIANTS)[number];
export type ServiceDelivery = (typeof SERVICE_DELIVERIES)[number];
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** One public service, as the card and the catalogue take it. Texts may be given per language. */
export interface Service {
  /** A stable identifier (the catalogue keys its cards by it). */
  id?: string;
  title: LocalizedText;
  /** The service's page: http, https or relative. */
  href?: string;
  /** The responsible agency. */
  agency?: LocalizedText;
  description?: LocalizedText;
  category?: LocalizedText;
  /** What the catalogue filters on; the category text when absent. */
  categoryId?: string;
  delivery?: ServiceDelivery;
  /** In tögrög; 0 is free. */
  fee?: number;
  /** Working days until a decision; 0 is immediately. */
  processingDays?: number;
  status?: ServiceStatus;
  /** A call to action, such as a link straight to the application form. */
  actionHref?: string;
  actionLabel?: LocalizedText;
}

/** The words for each delivery mode and status. */
const TERMS: Record<ServiceDelivery | ServiceStatus, TermKey> = {
  online: 'serviceOnline',
  hybrid: 'serviceHybrid',
  'in-person': 'serviceInPerson',
  new: 'serviceNew',
  updated: 'serviceUpdated',
  unavailable: 'serviceUnavailable',
};
const FEE_FORMAT: Intl.NumberFormatOptions = { style: 'currency', currency: 'MNT', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 };

/** Data may be anything: only strings and numbers count, and nothing here may throw. */
const plain = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : value == null ? '' : '[not text]');

/** Broken data is left out, with one warning (a URL that is not http, https or relative is never a link). */
const ignored = (field: string, value: string) => warnOnce(`<ger-service-card> ${field}="${value}" is not valid; it is left out.`);

/** A number of at least 0 from an attribute or from data; otherwise nothing, with one warning. */
function amount(value: unknown, field: string): number | undefined {
  const written = plain(value).trim();
  if (!written) return undefined;
  const number = Number(written);
  if (Number.isFinite(number) && number >= 0) return number;
  ignored(field, written);
  return undefined;
}

/**
 * The title link's cover takes the clicks on the card, but it is there only while the pointer
 * hovers (service-card.styles.ts); a click that comes before the hover does, right after a scroll,
 * lands on the text beneath and is passed to the link, with its modifier keys (a new tab stays a
 * new tab). A click on a link of its own, or one that ends a text selection, is left alone.
 * One listener for the page rather than one per card: a catalogue has a thousand cards.
 */
function clickThrough(event: Event) {
  const path = event.composedPath();
  const card = path.find((node): node is GerServiceCard => node instanceof GerServiceCard);
  const link = card?.shadowRoot?.querySelector<HTMLAnchorElement>('.link[href]');
  // A link anywhere on the way, the card's own or one around it, already takes the click.
  if (!link || event.defaultPrevented || path.some((node) => (node as Element).localName === 'a')) return;
  if (getSelection()?.toString()) return;
  link.dispatchEvent(new MouseEvent('click', event as MouseEvent));
}
/** The documents listened to: a card may be moved into another (an iframe, a pop-out window). */
const passingClicks = new WeakSet<Document>();

/**
 * @tagname ger-service-card
 * @summary One public service: its title as a link, the agency, what it costs, how long it takes and how to apply.
 *
 * The whole card is clickable, but only the title is a link: a screen reader reads the title as
 * the link's name, not the whole card. The data comes from attributes or, for a list built from
 * data, from the `service` property (which then takes precedence). Texts in the `service` object
 * may be given per language (`{ mn, en }`) and follow the page's language.
 *
 * @csspart card - The card box.
 * @csspart heading - The heading that holds the title.
 * @csspart link - The title link.
 * @csspart status - The status label ("Шинэ", "Шинэчлэгдсэн", "Түр ажиллахгүй").
 * @csspart agency - The responsible agency.
 * @csspart description - The short description (full variant only).
 * @csspart facts - The list of category, delivery, fee and processing time.
 * @csspart action - The call to action.
 *
 * @cssprop --ger-service-card-background - Card fill.
 * @cssprop --ger-service-card-border - Card outline colour.
 * @cssprop --ger-service-card-padding - Inner padding.
 *
 * @cssprop --ger-border-width-thin - Decorative dividers.
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-info - Strong information fill: information messages. Also for icons and borders on surfaces (3:1).
 * @cssprop --ger-color-info-subtle - Tinted information surface: banners, tags, highlighted rows.
 * @cssprop --ger-color-link - Links.
 * @cssprop --ger-color-link-hover - Links on hover.
 * @cssprop --ger-color-link-visited - Visited links.
 * @cssprop --ger-color-on-info-subtle - Text and icons on color.info-subtle.
 * @cssprop --ger-color-on-success-subtle - Text and icons on color.success-subtle.
 * @cssprop --ger-color-on-warning-subtle - Text and icons on color.warning-subtle.
 * @cssprop --ger-color-success - Strong success fill: success messages. Also for icons and borders on surfaces (3:1).
 * @cssprop --ger-color-success-subtle - Tinted success surface: banners, tags, highlighted rows.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-color-text-muted - Secondary text: hints, captions, metadata. Still 4.5:1 on every surface.
 * @cssprop --ger-color-warning - Strong warning fill: warnings. A light fill in the light theme: not for icons or borders on a surface (use on-warning-subtle).
 * @cssprop --ger-color-warning-subtle - Tinted warning surface: banners, tags, highlighted rows.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-size-md - 16 px at default text size. Body text, labels and inputs.
 * @cssprop --ger-font-size-sm - 14 px at default text size. Hints, captions, tags.
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-line-height-heading - Headings; leaves room for Cyrillic diacritics (Й, Ё) when lines wrap.
 * @cssprop --ger-line-height-tight - Single-line UI text: buttons, tags. Never for paragraphs.
 * @cssprop --ger-service-card-border-hover - Card outline while the pointer is over it: the whole card is clickable (3:1 on the surface).
 * @cssprop --ger-service-card-border-width - Card outline; cards also work without a shadow, in forced colours.
 * @cssprop --ger-service-card-gap - Space between the parts of a card (heading, agency, description, facts).
 * @cssprop --ger-service-card-heading-size - Size of the service title.
 * @cssprop --ger-service-card-radius - Corner radius of a card.
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-3xs - 2 px at default text size.
 * @cssprop --ger-space-lg - 24 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-tag-font-size - Tag label size.
 * @cssprop --ger-tag-padding-inline - Inline padding.
 * @cssprop --ger-tag-radius - Tags are pill-shaped.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 */
export class GerServiceCard extends GerElement {
  static override styles = [...sharedStyles, serviceCardStyles];
  static override properties: PropertyDeclarations = {
    service: { attribute: false },
    variant: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    heading: {},
    href: {},
    agency: {},
    description: {},
    category: {},
    delivery: {},
    fee: {},
    processingDays: { attribute: 'processing-days' },
    status: {},
    actionHref: { attribute: 'action-href' },
    actionLabel: { attribute: 'action-label' },
  };
  static override strings = serviceCardStrings;

  /** The service as one object; when set, it is used instead of the data attributes below. */
  service?: Service;

  /** `full` (default) shows everything; `compact` shows the title, status, agency and the key facts in one line. */
  variant: ServiceCardVariant = 'full';

  /** Level of the title in the page outline, 2 to 6: under an `<h2>` section, use 3. */
  headingLevel = 2;

  /** The service's name. */
  heading?: string;

  /** The service's page. Only http, https and relative URLs become a link. */
  href?: string;

  /** The responsible agency. */
  agency?: string;

  /** A sentence or two on what the service is for (full variant only). */
  description?: string;

  /** The category's name. */
  category?: string;

  /** How it is delivered: `online` (fully online), `hybrid` (online plus one visit) or `in-person`. */
  delivery?: string;

  /** The fee in tögrög; `0` shows "Үнэгүй" (free). Without it no fee is shown. */
  fee?: string | number;

  /** Working days until a decision; `0` shows "Шууд" (immediately). */
  processingDays?: string | number;

  /** `new`, `updated` or `unavailable` (which also hides the call to action). */
  status?: string;

  /** A call to action, e.g. straight to the application form. */
  actionHref?: string;

  /** Its label; defaults to "Үйлчилгээг эхлүүлэх" / "Start now". */
  actionLabel?: string;

  override connectedCallback() {
    super.connectedCallback();
    const page = this.ownerDocument;
    if (!passingClicks.has(page)) page.addEventListener('click', clickThrough);
    passingClicks.add(page);
  }

  /** A link target from data, or nothing with one warning. */
  private link(url: unknown, field: string): string | undefined {
    if (url == null || url === '') return undefined;
    const safe = safeUrl(url);
    if (!safe) ignored(field, plain(url));
    return safe;
  }

  /** The card's data: the `service` object when there is one, else the attributes. */
  private data(): { readonly [K in keyof Service]?: unknown } {
    const given = this.service;
    if (given && typeof given === 'object') return given;
    return {
      title: this.heading,
      href: this.href,
      agency: this.agency,
      description: this.description,
      category: this.category,
      delivery: this.delivery,
      fee: this.fee,
      processingDays: this.processingDays,
      status: this.status,
      actionHref: this.actionHref,
      actionLabel: this.actionLabel,
    };
  }

  override render() {
    const term = (key: TermKey) => this.localize.term(key);
    const lang = this.localize.lang;
    // Read field by field, each by its name: the same shape a thousand times stays fast while
    // the page's scripts are still cold (bench/peer-cards.mjs times the first render).
    const data = this.data();
    const title = textIn(data.title, lang);
    const href = this.link(data.href, 'href');
    const agency = textIn(data.agency, lang);
    const compact = oneOf(this, 'variant', this.variant, SERVICE_CARD_VARIANTS, 'full') === 'compact';
    const description = compact ? '' : textIn(data.description, lang);
    const category = compact ? '' : textIn(data.category, lang);
    const delivery = oneOf(this, 'delivery', plain(data.delivery), SERVICE_DELIVERIES, '' as ServiceDelivery);
    const status = oneOf(this, 'status', plain(data.status), SERVICE_STATUSES, '' as ServiceStatus);
    const actionHref = compact || status === 'unavailable' ? undefined : this.link(data.actionHref, 'action-href');
    if (!title) warnOnce('<ger-service-card> has no title.');
    const fee = amount(data.fee, 'fee');
    const days = amount(data.processingDays, 'processing-days');
    const facts: [TermKey, string][] = [];
    if (category) facts.push(['serviceCategory', category]);
    if (delivery) facts.push(['serviceDelivery', term(TERMS[delivery])]);
    if (fee !== undefined) facts.push(['serviceFee', fee ? formatNumber(this.localize, fee, FEE_FORMAT) : term('serviceFree')]);
    if (days !== undefined) facts.push(['serviceProcessingTime', days ? pluralTerm(this.localize, 'serviceProcessingDays', days) : term('serviceImmediately')]);
    const level = headingLevel(this, this.headingLevel, 2);
    // Only the parts with data are rendered, and all in one template instance: a card is put
    // on a page a thousand times, and each element in its shadow root, each nested template,
    // costs there (bench/peer-cards.mjs). Nothing empty is shown or read.
    return joinTemplates([
      compact ? html`<div part="card" class="card compact">` : html`<div part="card" class="card full">`,
      status && html`<div class="header">`,
      html`<div part="heading" class="heading" role="heading" aria-level=${level}><a part="link" class="link" href=${href ?? nothing}>${title}</a></div>`,
      status && html`<span part="status" class="status status-${status}">${term(TERMS[status])}</span>`,
      status && endTag('div'),
      agency && html`<p part="agency" class="agency">${agency}</p>`,
      description && html`<p part="description" class="description">${description}</p>`,
      facts.length > 0 && html`<dl part="facts" class="facts">`,
      ...facts.map(([label, value]) => html`<div><dt>${term(label)}</dt><dd>${value}</dd></div>`),
      facts.length > 0 && endTag('dl'),
      actionHref && html`<a part="action" class="action focusable" href=${actionHref}>${textIn(data.actionLabel, lang) || term('serviceStart')}</a>`,
      endTag('div'),
    ]);
  }
}

defineElement('ger-service-card', GerServiceCard);

declare global {
  interface HTMLElementTagNameMap {
    'ger-service-card': GerServiceCard;
  }
}
