import { html, nothing } from 'lit';
import { property, query } from '../base/decorators.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import type { TermKey } from '../locales/translation.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { focusNextAfter, focusProgrammatically } from '../utils/focus.js';
import { notificationBannerStyles } from './notification-banner.styles.js';
import { notificationBannerStrings } from '../locales/notification-banner.js';
import { headingLevel, renderHeading } from '../utils/heading.js';

export const BANNER_VARIANTS = ['information', 'success', 'warning', 'danger'] as const;
export type BannerVariant = (typeof BANNER_VARIANTS)[number];

const DEFAULT_HEADING: Record<BannerVariant, TermKey> = {
  information: 'bannerInformation',
  success: 'bannerSuccess',
  warning: 'bannerWarning',
  danger: 'bannerDanger',
};

/**
 * Regions are found in the landmarks list; success and danger banners appear after an action,
 * so they are live regions and are announced (danger at once, success politely).
 */
const ROLE: Record<BannerVariant, string> = {
  information: 'region',
  warning: 'region',
  success: 'status',
  danger: 'alert',
};

/** Icons differ in shape, not only colour: circle-i, circle-check, triangle, octagon. One path each. */
const CIRCLE = 'M12 2a10 10 0 1 0 0 20 10 10 0 1 0 0-20Z';
const ICON: Record<BannerVariant, string> = {
  information: `${CIRCLE}M12 10.5v6M12 7v.5`,
  success: `${CIRCLE}M7 12.5l3.2 3.2L17 9`,
  warning: 'M12 2.8 22.2 20.5H1.8ZM12 9.5v5M12 17.5v.3',
  danger: 'M8 2h8l6 6v8l-6 6H8l-6-6V8ZM12 7v6.5M12 16.5v.3',
};

/**
 * @tagname ger-notification-banner
 * @summary Tells the user something important: information, success, a warning or a problem.
 *
 * @slot - The message: paragraphs, lists and links.
 *
 * @csspart banner - The outer box.
 * @csspart heading - The heading.
 * @csspart content - The message area.
 * @csspart dismiss - The dismiss button.
 *
 * @fires ger-dismiss - Before a dismissible banner closes; call `preventDefault()` to keep it open.
 */
export class GerNotificationBanner extends GerElement {
  static override styles = [...sharedStyles, notificationBannerStyles];
  static override strings = notificationBannerStrings;

  /** `information` (default), `success`, `warning` or `danger`; sets the colour, icon and role. */
  @property({ reflect: true }) variant: BannerVariant = 'information';

  /** The heading; defaults to the variant's name in the page's language ("Мэдээлэл", "Амжилттай", ...). */
  @property() heading = '';

  /** Level of the heading in the page outline, 2 to 6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Shows a dismiss button. */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  /** Moves focus to the banner when it appears (for a success message after a form is sent). */
  @property({ type: Boolean, attribute: 'focus-on-show' }) focusOnShow = false;

  @query('.banner') private banner?: HTMLElement;

  override firstUpdated(): void {
    if (this.focusOnShow && this.banner) focusProgrammatically(this.banner);
  }

  /** Closes the banner as if the user dismissed it; focus moves on if it was inside. */
  dismiss(): void {
    this.close('api');
  }

  private close(reason: 'user' | 'api') {
    if (!this.emit('ger-dismiss', { reason }, true)) return;
    const focusWasInside = this.matches(':focus-within');
    this.hidden = true;
    if (focusWasInside) focusNextAfter(this);
  }

  override render() {
    const variant = this.oneOf('variant', this.variant, BANNER_VARIANTS, 'information');
    const heading = this.heading || this.localize.term(DEFAULT_HEADING[variant]);
    return html`
      <div part="banner" class="banner ${variant}${this.dismissible ? ' dismissible' : ''}" role=${ROLE[variant]} aria-labelledby="heading">
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${ICON[variant]} /></svg>
        ${renderHeading(headingLevel(this, this.headingLevel, 2), heading, { part: 'heading', id: 'heading' })}
        ${this.dismissible
          ? html`<button
              part="dismiss"
              class="dismiss focusable"
              type="button"
              aria-label=${this.localize.term('dismissNotification', { heading })}
              @click=${() => this.close('user')}
            >
              <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="m6 6 12 12M18 6 6 18" /></svg>
            </button>`
          : nothing}
        <slot part="content" class="content"></slot>
      </div>
    `;
  }
}

defineElement('ger-notification-banner', GerNotificationBanner);

declare global {
  interface HTMLElementTagNameMap {
    'ger-notification-banner': GerNotificationBanner;
  }
}
