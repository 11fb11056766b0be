import { html, nothing, svg } from 'lit';
import { property } from '../base/decorators.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import { DisclosureController } from '../controllers/disclosure.js';
import { siteAlertStrings } from '../locales/site-alert.js';
import type { TermKey } from '../locales/translation.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { readStored, storageKey, writeStored } from '../utils/storage.js';
import { siteAlertStyles } from './site-alert.styles.js';

export const SITE_ALERT_VARIANTS = ['emergency', 'warning', 'information'] as const;
export type SiteAlertVariant = (typeof SITE_ALERT_VARIANTS)[number];

const KIND: Record<SiteAlertVariant, TermKey> = {
  emergency: 'siteAlertEmergency',
  warning: 'siteAlertWarning',
  information: 'siteAlertInformation',
};

/** Shapes differ, not only colours: octagon, triangle, circle-i. */
const ICON: Record<SiteAlertVariant, ReturnType<typeof svg>> = {
  emergency: svg`<path d="M8 2h8l6 6v8l-6 6H8l-6-6V8Z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/><path d="M12 7v6.5M12 16.5v.3" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>`,
  warning: svg`<path d="M12 2.8 22.2 20.5H1.8Z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/><path d="M12 9.5v5M12 17.5v.3" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>`,
  information: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/><path d="M12 10.5v6M12 7v.5" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>`,
};

/**
 * @tagname ger-site-alert
 * @summary An emergency or service-wide alert at the very top of the page, above the header.
 *
 * A region landmark named by its heading, found in the landmarks list. It cannot be dismissed
 * by accident: there is no close icon and Escape does nothing. With `dismissible`, a clearly
 * labelled button after the message ("Энэ мэдээг хураах" / "Hide this alert") folds the
 * message away; the heading and a "show" button stay, so the alert stays in the landmarks and
 * can be read again. With `alert-id`, the folded state is remembered for that alert only, so
 * a new alert always opens.
 *
 * @slot - The message: what is happening and what to do.
 *
 * @csspart alert - The region.
 * @csspart heading - The heading.
 * @csspart message - The message area.
 * @csspart toggle - The hide/show button.
 */
export class GerSiteAlert extends GerElement {
  static override styles = [...sharedStyles, siteAlertStyles];
  static override strings = siteAlertStrings;

  /** `emergency`, `warning` (default) or `information`: the colour, icon and the kind named in the heading. */
  @property({ reflect: true }) variant: SiteAlertVariant = 'warning';

  /** What the alert is about, after its kind ("Онцгой байдлын мэдээ: ..."). */
  @property() heading = '';

  /** Lets the reader fold the message away (it can be opened again). */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  /** Remembers in this browser that the reader folded this alert; use a new id for a new alert. */
  @property({ attribute: 'alert-id' }) alertId = '';

  private readonly message = new DisclosureController(this, {
    open: true,
    onChange: (open) => this.alertId && writeStored(this.storageKey, open ? null : 'hidden'),
  });

  private get storageKey() {
    return storageKey('site-alert', this.alertId);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.dismissible && this.alertId && readStored(this.storageKey) === 'hidden') this.message.open = false;
  }

  override render() {
    const variant = this.oneOf('variant', this.variant, SITE_ALERT_VARIANTS, 'warning');
    const open = this.message.open || !this.dismissible;
    return html`<section part="alert" class="alert ${variant}" aria-labelledby="heading">
      <div class="inner">
        <h2 part="heading" class="heading" id="heading">
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${ICON[variant]}</svg>
          <span class="text">
            <span class="kind">${this.localize.term(KIND[variant])}${this.heading ? ':' : ''}</span>
            ${this.heading ? html`<span class="title">${this.heading}</span>` : nothing}
          </span>
        </h2>
        <div part="message" id="message" class="message" ?hidden=${!open}><slot></slot></div>
        ${
          this.dismissible
            ? html`<button part="toggle" class="toggle focusable" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="message" @click=${this.message.toggle}>
              ${this.localize.term(open ? 'hideAlert' : 'showAlert')}
            </button>`
            : nothing
        }
      </div>
    </section>`;
  }
}

defineElement('ger-site-alert', GerSiteAlert);

declare global {
  interface HTMLElementTagNameMap {
    'ger-site-alert': GerSiteAlert;
  }
}
