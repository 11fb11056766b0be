import { html, nothing } from 'lit';
import { property } from '../base/decorators.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import { serviceCardStrings } from '../locales/service-card.js';
import type { TermKey } from '../locales/translation.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { joinTemplates } from '../utils/joined-template.js';
import { textIn, type LocalizedText } from '../utils/localized-text.js';
import { safeUrl } from '../utils/url.js';
import { warnOnce } from '../utils/warn.js';
import { serviceCardStyles } from './service-card.styles.js';

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


const LEVELS = ['2', '3', '4', '5', '6'];
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
const plain = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : value == null ? '' : '[not text]';

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
 */
export class GerServiceCard extends GerElement {
  static override styles = [...sharedStyles, serviceCardStyles];
  static override strings = serviceCardStrings;

  /** The service as one object; when set, it is used instead of the data attributes below. */
  @property({ attribute: false }) service?: Service;

  /** `full` (default) shows everything; `compact` shows the title, status, agency and the key facts in one line. */
  @property() variant: ServiceCardVariant = 'full';

  /** Level of the title in the page outline, 2 to 6: under an `<h2>` section, use 3. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The service's name. */
  @property() heading?: string;

  /** The service's page. Only http, https and relative URLs become a link. */
  @property() href?: string;

  /** The responsible agency. */
  @property() agency?: string;

  /** A sentence or two on what the service is for (full variant only). */
  @property() description?: string;

  /** The category's name. */
  @property() category?: string;

  /** How it is delivered: `online` (fully online), `hybrid` (online plus one visit) or `in-person`. */
  @property() delivery?: string;

  /** The fee in tögrög; `0` shows "Үнэгүй" (free). Without it no fee is shown. */
  @property() fee?: string | number;

  /** Working days until a decision; `0` shows "Шууд" (immediately). */
  @property({ attribute: 'processing-days' }) processingDays?: string | number;

  /** `new`, `updated` or `unavailable` (which also hides the call to action). */
  @property() status?: string;

  /** A call to action, e.g. straight to the application form. */
  @property({ attribute: 'action-href' }) actionHref?: string;

  /** Its label; defaults to "Үйлчилгээг эхлүүлэх" / "Start now". */
  @property({ attribute: 'action-label' }) actionLabel?: string;

  /** A link target from data, or nothing with one warning. */
  private link(url: unknown, field: string): string | undefined {
    if (url == null || url === '') return undefined;
    const safe = typeof url === 'string' ? safeUrl(url) : undefined;
    if (!safe) ignored(field, plain(url));
    return safe;
  }

  override render() {
    const term = (key: TermKey) => this.localize.term(key);
    const lang = this.localize.lang;
    const given = this.service;
    const source = given && typeof given === 'object' ? (given as unknown as Record<string, unknown>) : undefined;
    // A field of the `service` object when there is one, else the attribute of that name.
    const get = (key: string, attribute = key) => (source ? source[key] : (this as unknown as Record<string, unknown>)[attribute]);
    const text = (key: string, attribute?: string) => textIn(get(key, attribute), lang);

    const title = text('title', 'heading');
    const href = this.link(get('href'), 'href');
    const agency = text('agency');
    const compact = this.oneOf('variant', this.variant, SERVICE_CARD_VARIANTS, 'full') === 'compact';
    const description = compact ? '' : text('description');
    const category = compact ? '' : text('category');
    const delivery = this.oneOf('delivery', plain(get('delivery')), SERVICE_DELIVERIES, '' as ServiceDelivery);
    const status = this.oneOf('status', plain(get('status')), SERVICE_STATUSES, '' as ServiceStatus);
    const actionHref = compact || status === 'unavailable' ? undefined : this.link(get('actionHref'), 'action-href');
    if (!title) warnOnce('<ger-service-card> has no title.');
    const fee = amount(get('fee'), 'fee');
    const days = amount(get('processingDays'), 'processing-days');
    const facts: [TermKey, string][] = [
      ['serviceCategory', category],
      ['serviceDelivery', delivery && term(TERMS[delivery])],
      ['serviceFee', fee === undefined ? '' : fee ? this.localize.number(fee, FEE_FORMAT) : term('serviceFree')],
      ['serviceProcessingTime', days === undefined ? '' : days ? this.localize.plural('serviceProcessingDays', days) : term('serviceImmediately')],
    ];
    const shownFacts = facts.filter(([, value]) => value);
    const level = this.oneOf('heading-level', plain(this.headingLevel), LEVELS, '2');
    // Only the parts with data are rendered, and all in one template instance: a card is put
    // on a page a thousand times, and each element in its shadow root, each nested template,
    // costs there (bench/peer-cards.mjs). Nothing empty is shown or read.
    return joinTemplates([
      html`<div part="card" class="card ${compact ? 'compact' : 'full'}">`,
      status && html`<div class="header">`,
      html`<div part="heading" class="heading" role="heading" aria-level=${level}><a part="link" class="link" href=${href ?? nothing}>${title}</a></div>`,
      status && html`<span part="status" class="status status-${status}">${term(TERMS[status])}</span></div>`,
      agency && html`<p part="agency" class="agency">${agency}</p>`,
      description && html`<p part="description" class="description">${description}</p>`,
      shownFacts.length > 0 && html`<dl part="facts" class="facts">`,
      ...shownFacts.map(([label, value]) => html`<div><dt>${term(label)}</dt><dd>${value}</dd></div>`),
      shownFacts.length > 0 && html`</dl>`,
      actionHref && html`<a part="action" class="action focusable" href=${actionHref}>${text('actionLabel') || term('serviceStart')}</a>`,
      html`</div>`,
    ]);
  }
}

defineElement('ger-service-card', GerServiceCard);

declare global {
  interface HTMLElementTagNameMap {
    'ger-service-card': GerServiceCard;
  }
}
