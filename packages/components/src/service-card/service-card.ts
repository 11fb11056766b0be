import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import { serviceCardStrings } from '../locales/service-card.js';
import { sharedStyles } from '../styles/shared.styles.js';
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


/** Data may be anything: only strings and numbers count, and nothing here may throw. */
const plain = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : value == null ? '' : '[not text]';

/** A number of at least 0 from an attribute or from data; otherwise nothing, with one warning. */
function amount(value: unknown, field: string): number | undefined {
  const written = plain(value).trim();
  if (!written) return undefined;
  const number = Number(written);
  if (Number.isFinite(number) && number >= 0) return number;
  warnOnce(`<ger-service-card> ${field}="${written}" is not a number ≥ 0: not shown.`);
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

  /** The service as one object; when set, it is used instead of the data attributes below. */
  @property({ attribute: false }) service?: Service;

  /** `full` (default) shows everything; `compact` shows the title, status, agency and the key facts in one line. */
  @property({ reflect: true }) variant: ServiceCardVariant = 'full';

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

  private get level(): number {
    const level = Number(plain(this.headingLevel));
    if (Number.isInteger(level) && level >= 2 && level <= 6) return level;
    this.oneOf('heading-level', plain(this.headingLevel), ['2', '3', '4', '5', '6'], '2');
    return 2;
  }

  /** A link target from data, or nothing with one warning. */
  private link(url: unknown, field: string): string | undefined {
    if (url == null || url === '') return undefined;
    const safe = typeof url === 'string' ? safeUrl(url) : undefined;
    if (!safe) warnOnce(`<ger-service-card> ${field}="${plain(url)}" is not an http, https or relative URL: not a link.`);
    return safe;
  }

  override render() {
    const strings = this.localize.strings(serviceCardStrings);
    const lang = this.localize.lang;
    const data = this.service;
    const source = data && typeof data === 'object' ? data : undefined;
    const text = (fromData: unknown, fromAttribute?: string) => textIn(source ? fromData : fromAttribute, lang);

    const title = text(source?.title, this.heading);
    const href = this.link(source ? source.href : this.href, 'href');
    const agency = text(source?.agency, this.agency);
    const compact = this.oneOf('variant', this.variant, SERVICE_CARD_VARIANTS, 'full') === 'compact';
    const description = compact ? '' : text(source?.description, this.description);
    const category = compact ? '' : text(source?.category, this.category);
    const delivery = this.oneOf('delivery', plain(source ? source.delivery : this.delivery), SERVICE_DELIVERIES, '' as ServiceDelivery);
    const status = this.oneOf('status', plain(source ? source.status : this.status), SERVICE_STATUSES, '' as ServiceStatus);
    const fee = amount(source ? source.fee : this.fee, 'fee');
    const days = amount(source ? source.processingDays : this.processingDays, 'processing-days');
    const actionHref = compact || status === 'unavailable' ? undefined : this.link(source ? source.actionHref : this.actionHref, 'action-href');
    if (!title) warnOnce('<ger-service-card> has no title: set `heading` or `service.title`.');

    const fact = (label: string, value: string) =>
      value ? html`<div><dt class=${compact ? 'visually-hidden' : ''}>${label}</dt><dd>${value}</dd></div>` : nothing;

    return html`<div part="card" class="card ${compact ? 'compact' : 'full'}">
      <div class="header">
        <div part="heading" class="heading" role="heading" aria-level=${this.level}>
          ${href ? html`<a part="link" class="link" href=${href}>${title}</a>` : title}
        </div>
        ${status ? html`<span part="status" class="status ${status}">${strings[status]}</span>` : nothing}
      </div>
      ${agency ? html`<p part="agency" class="agency">${agency}</p>` : nothing}
      ${description ? html`<p part="description" class="description">${description}</p>` : nothing}
      ${category || delivery || fee !== undefined || days !== undefined
        ? html`<dl part="facts" class="facts">
            ${fact(strings.category, category)} ${fact(strings.delivery, delivery && strings[delivery])}
            ${fact(
              strings.fee,
              fee === undefined
                ? ''
                : fee === 0
                  ? strings.feeFree
                  : this.localize.number(fee, { style: 'currency', currency: 'MNT', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 }),
            )}
            ${fact(
              strings.processingTime,
              days === undefined ? '' : days === 0 ? strings.processingImmediate : this.localize.pluralOf(strings.processingDays, days),
            )}
          </dl>`
        : nothing}
      ${actionHref
        ? html`<a part="action" class="action focusable" href=${actionHref}
            >${text(source?.actionLabel, this.actionLabel) || strings.startService}</a
          >`
        : nothing}
    </div>`;
  }
}

defineElement('ger-service-card', GerServiceCard);

declare global {
  interface HTMLElementTagNameMap {
    'ger-service-card': GerServiceCard;
  }
}
