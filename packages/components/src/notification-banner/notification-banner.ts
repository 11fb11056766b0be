import { html, nothing, type PropertyDeclarations } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import type { TermKey } from '../locales/translation.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { deepActiveElement, focusNextAfter, focusProgrammatically } from '../utils/focus.js';
import { notificationBannerStyles } from './notification-banner.styles.js';
import { notificationBannerStrings } from '../locales/notification-banner.js';
import { headingLevel, renderHeading } from '../utils/heading.js';
import { oneOf } from '../utils/one-of.js';

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

/** How long focus-on-show waits for a banner that cannot be seen yet: the agency site shows its page after 2 s at most. */
const SHOW_WAIT_MS = 3000;

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
 *
 * @cssprop --ger-banner-border-width - Accent bar on the inline-start edge, in the status colour.
 * @cssprop --ger-banner-padding - Inner padding.
 * @cssprop --ger-banner-radius - Corner radius.
 * @cssprop --ger-border-width-thick - Control borders (inputs, secondary buttons).
 * @cssprop --ger-border-width-thin - Decorative dividers.
 * @cssprop --ger-color-danger - Strong danger fill: errors and destructive actions. Also for icons and borders on surfaces (3:1).
 * @cssprop --ger-color-danger-subtle - Tinted danger surface: banners, tags, highlighted rows.
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-info - Strong information fill: information messages. Also for icons and borders on surfaces (3:1).
 * @cssprop --ger-color-info-subtle - Tinted information surface: banners, tags, highlighted rows.
 * @cssprop --ger-color-on-danger-subtle - Text and icons on color.danger-subtle.
 * @cssprop --ger-color-on-info-subtle - Text and icons on color.info-subtle.
 * @cssprop --ger-color-on-success-subtle - Text and icons on color.success-subtle.
 * @cssprop --ger-color-on-warning-subtle - Text and icons on color.warning-subtle.
 * @cssprop --ger-color-success - Strong success fill: success messages. Also for icons and borders on surfaces (3:1).
 * @cssprop --ger-color-success-subtle - Tinted success surface: banners, tags, highlighted rows.
 * @cssprop --ger-color-warning - Strong warning fill: warnings. A light fill in the light theme: not for icons or borders on a surface (use on-warning-subtle).
 * @cssprop --ger-color-warning-subtle - Tinted warning surface: banners, tags, highlighted rows.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-size-lg - 20 px at default text size. Lead paragraphs, small headings.
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-line-height-heading - Headings; leaves room for Cyrillic diacritics (Й, Ё) when lines wrap.
 * @cssprop --ger-paragraph-spacing - Space after a paragraph. Display settings override it (WCAG 1.4.12 asks for 2em to work).
 * @cssprop --ger-radius-md - Buttons, cards and banners.
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 * @cssprop --ger-size-target-minimum - Minimum size of every interactive target: 44 px at default text size (WCAG 2.5.5 AAA, the Ger standard).
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-lg - 24 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 */
export class GerNotificationBanner extends GerElement {
  static override styles = [...sharedStyles, notificationBannerStyles];
  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    dismissible: { type: Boolean, reflect: true },
    focusOnShow: { type: Boolean, attribute: 'focus-on-show' },
  };
  static override strings = notificationBannerStrings;

  /** `information` (default), `success`, `warning` or `danger`; sets the colour, icon and role. */
  variant: BannerVariant = 'information';

  /** The heading; defaults to the variant's name in the page's language ("Чухал", "Амжилттай", ...). */
  heading = '';

  /** Level of the heading in the page outline, 2 to 6. */
  headingLevel = 2;

  /** Shows a dismiss button. */
  dismissible = false;

  /** Moves focus to the banner when it appears (for a success message after a form is sent). */
  focusOnShow = false;

  private get banner(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.banner') ?? null;
  }

  override firstUpdated(): void {
    if (this.focusOnShow) this.focusWhenSeen();
  }

  /**
   * Focuses the banner. A banner that cannot be seen yet cannot take focus (a page kept hidden until
   * all its elements have loaded, as the agency site's is), so it tries again each frame for a while,
   * unless focus has moved meanwhile.
   */
  private focusWhenSeen() {
    const focusedBefore = deepActiveElement();
    const until = performance.now() + SHOW_WAIT_MS;
    const attempt = () => {
      const banner = this.banner;
      if (!banner || !this.isConnected || deepActiveElement() !== focusedBefore) return;
      focusProgrammatically(banner);
      if (deepActiveElement() !== banner && performance.now() < until) requestAnimationFrame(attempt);
    };
    attempt();
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
    const variant = oneOf(this, 'variant', this.variant, BANNER_VARIANTS, 'information');
    const heading = this.heading || this.localize.term(DEFAULT_HEADING[variant]);
    return html`
      <div part="banner" class="banner ${variant}${this.dismissible ? ' dismissible' : ''}" role=${ROLE[variant]} aria-labelledby="heading">
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${ICON[variant]} /></svg>
        ${renderHeading(headingLevel(this, this.headingLevel, 2), heading, { part: 'heading', id: 'heading' })}
        ${
          this.dismissible
            ? html`<button
              part="dismiss"
              class="dismiss focusable"
              type="button"
              aria-label=${this.localize.term('dismissNotification', { heading })}
              @click=${() => this.close('user')}
            >
              <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="m6 6 12 12M18 6 6 18" /></svg>
            </button>`
            : nothing
        }
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
