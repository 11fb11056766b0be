import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { DisclosureController } from '../controllers/disclosure.js';
import { siteAlertStrings } from '../locales/site-alert.js';
import type { TermKey } from '../locales/translation.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { readStored, storageKey, writeStored } from '../utils/storage.js';
import { siteAlertStyles } from './site-alert.styles.js';
import { oneOf } from '../utils/one-of.js';

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
 *
 * @cssprop --ger-border-width-heavy - Accent bars: banners, error summary, selected tab.
 * @cssprop --ger-border-width-thick - Control borders (inputs, secondary buttons).
 * @cssprop --ger-color-danger - Strong danger fill: errors and destructive actions. Also for icons and borders on surfaces (3:1).
 * @cssprop --ger-color-danger-subtle - Tinted danger surface: banners, tags, highlighted rows.
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-info - Strong information fill: information messages. Also for icons and borders on surfaces (3:1).
 * @cssprop --ger-color-info-subtle - Tinted information surface: banners, tags, highlighted rows.
 * @cssprop --ger-color-on-danger-subtle - Text and icons on color.danger-subtle.
 * @cssprop --ger-color-on-info-subtle - Text and icons on color.info-subtle.
 * @cssprop --ger-color-on-warning-subtle - Text and icons on color.warning-subtle.
 * @cssprop --ger-color-surface - Page background.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-color-warning - Strong warning fill: warnings. A light fill in the light theme: not for icons or borders on a surface (use on-warning-subtle).
 * @cssprop --ger-color-warning-subtle - Tinted warning surface: banners, tags, highlighted rows.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-size-lg - 20 px at default text size. Lead paragraphs, small headings.
 * @cssprop --ger-font-size-md - 16 px at default text size. Body text, labels and inputs.
 * @cssprop --ger-font-size-xl - 24 px at default text size. Large text for WCAG purposes (3:1 is enough at this size).
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-line-height-heading - Headings; leaves room for Cyrillic diacritics (Й, Ё) when lines wrap.
 * @cssprop --ger-radius-md - Buttons, cards and banners.
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 * @cssprop --ger-size-page-max - Maximum width of page content.
 * @cssprop --ger-size-target-minimum - Minimum size of every interactive target: 44 px at default text size (WCAG 2.5.5 AAA, the Ger standard).
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 */
export class GerSiteAlert extends GerElement {
  static override styles = [...sharedStyles, siteAlertStyles];
  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    heading: {},
    dismissible: { type: Boolean, reflect: true },
    alertId: { attribute: 'alert-id' },
  };
  static override strings = siteAlertStrings;

  /** `emergency`, `warning` (default) or `information`: the colour, icon and the kind named in the heading. */
  variant: SiteAlertVariant = 'warning';

  /** What the alert is about, after its kind ("Онцгой байдлын мэдээ: ..."). */
  heading = '';

  /** Lets the reader fold the message away (it can be opened again). */
  dismissible = false;

  /** Remembers in this browser that the reader folded this alert; use a new id for a new alert. */
  alertId = '';

  private readonly message = new DisclosureController(this, {
    open: true,
    onChange: (open) => this.alertId && writeStored(this.storageKey, open ? null : 'hidden'),
  });

  private get storageKey() {
    return storageKey('site-alert', this.alertId);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Also when a framework sets alert-id after inserting the element, or a new alert takes its place.
    if (changed.has('alertId')) this.message.open = !(this.alertId && readStored(this.storageKey) === 'hidden');
  }

  override render() {
    const variant = oneOf(this, 'variant', this.variant, SITE_ALERT_VARIANTS, 'warning');
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
