import { html, nothing, type PropertyDeclarations } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { consentBannerStrings } from '../locales/consent-banner.js';
import { actionStyles } from '../styles/action.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { focusNextAfter, focusProgrammatically } from '../utils/focus.js';
import { headingLevel, renderHeading } from '../utils/heading.js';
import { checkedUrl } from '../utils/url.js';
import { warnOnce } from '../utils/warn.js';
import { consentBannerStyles } from './consent-banner.styles.js';
import { type ConsentChoice, readConsent, writeConsent } from './consent-store.js';

export type { ConsentChoice } from './consent-store.js';

/** `asking` shows the question; `accepted`/`rejected` confirm the choice just made; `done` shows nothing. */
type Phase = 'asking' | ConsentChoice | 'done';

const DEFAULT_VERSION = '1';

/**
 * @tagname ger-consent-banner
 * @summary Asks once whether the site may use analytics cookies: accept and reject side by side,
 * with equal weight.
 *
 * Put it first in `<body>`, before the skip link: it is in the page's flow (never over it), so
 * it is the first thing the keyboard reaches, it covers nothing that has focus, and the page
 * does not jump when it appears or goes. The choice is kept in this browser (`ger:consent`)
 * with the policy version; a new `policy-version` asks again. A page's analytics loader reads
 * the choice with `GerConsentBanner.consent(version)` and listens for `ger-consent-change`.
 *
 * @slot - What the site asks, in your words (a short paragraph); the built-in question when empty.
 *
 * @csspart banner - The region.
 * @csspart heading - The heading.
 * @csspart actions - The accept and reject buttons and the link to the details.
 * @csspart confirmation - The message after a choice.
 *
 * @fires ger-consent-change - The reader chose; `detail.choice` is 'accepted' or 'rejected', `detail.version` the policy version.
 *
 * @cssprop --ger-border-width-heavy - Accent bars: banners, error summary, selected tab.
 * @cssprop --ger-border-width-thin - Decorative dividers.
 * @cssprop --ger-button-border-width - Border of every button variant (transparent on filled ones, so sizes match and forced-colors mode shows an edge).
 * @cssprop --ger-button-font-weight - Button label weight.
 * @cssprop --ger-button-min-size - Minimum block and inline size of a button: the 44 px target.
 * @cssprop --ger-button-padding-block - Block padding.
 * @cssprop --ger-button-padding-inline - Inline padding.
 * @cssprop --ger-button-primary-background - Primary button fill.
 * @cssprop --ger-button-primary-background-hover - Primary button fill on hover.
 * @cssprop --ger-button-primary-foreground - Primary button label.
 * @cssprop --ger-button-quiet-foreground - Quiet button label: looks like a link, works like a button.
 * @cssprop --ger-button-quiet-foreground-hover - Quiet button label on hover.
 * @cssprop --ger-button-radius - Corner radius of buttons.
 * @cssprop --ger-color-brand - Strong brand fill: primary buttons, selected states. Also for icons and borders on surfaces (3:1). Large headings may use it as text (3:1).
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-link - Links.
 * @cssprop --ger-color-link-hover - Links on hover.
 * @cssprop --ger-color-neutral-subtle - Tinted neutral surface: banners, tags, highlighted rows.
 * @cssprop --ger-color-on-neutral-subtle - Text and icons on color.neutral-subtle.
 * @cssprop --ger-duration-fast - Hover and press feedback.
 * @cssprop --ger-easing-standard - Movement within the page.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-size-xl - 24 px at default text size. Large text for WCAG purposes (3:1 is enough at this size).
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-line-height-heading - Headings; leaves room for Cyrillic diacritics (Й, Ё) when lines wrap.
 * @cssprop --ger-line-height-tight - Single-line UI text: buttons, tags. Never for paragraphs.
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 * @cssprop --ger-size-page-max - Maximum width of page content.
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 */
export class GerConsentBanner extends GerElement {
  static override styles = [...sharedStyles, actionStyles, consentBannerStyles];
  static override strings = consentBannerStrings;

  static override properties: PropertyDeclarations = {
    policyVersion: { attribute: 'policy-version' },
    detailsHref: { attribute: 'details-href' },
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    phase: { state: true, attribute: false },
  };

  /**
   * The reader's choice for policy `version` ('accepted', 'rejected' or `null` when not asked
   * yet), read synchronously from this browser: for the page's analytics loader.
   */
  static consent(version: string = DEFAULT_VERSION): ConsentChoice | null {
    return readConsent(version);
  }

  /** The version of your cookie policy; change it when the policy changes and everyone is asked again. */
  policyVersion = DEFAULT_VERSION;

  /** The page that explains the cookies (http, https or relative). */
  detailsHref = '';

  /** The heading, when "Энэ сайтын күүки" / "Cookies on this site" is not what you need. */
  heading = '';

  /** The heading's level in the page's outline, 1 to 6 (2 by default). */
  headingLevel?: number | string;

  /** Nothing shows until the stored choice is read: on the server, and while hydrating. */
  private phase: Phase = 'done';

  /** The policy version in force: the attribute, or '1' when it is empty. */
  get version(): string {
    return this.policyVersion.trim() || DEFAULT_VERSION;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A server render showed nothing; hydration must match it, so the question comes in the next update.
    if (this.shadowRoot?.firstChild && !this.hasUpdated) void this.updateComplete.then(() => this.decide());
    else this.decide();
  }

  /** Asks, unless the reader has chosen for this policy version. Before the first paint: no shift. */
  private decide(): void {
    this.phase = readConsent(this.version) ? 'done' : 'asking';
  }

  private choose(choice: ConsentChoice): void {
    writeConsent(choice, this.version);
    this.phase = choice;
    this.emit('ger-consent-change', { choice, version: this.version });
    // The buttons are gone: focus goes to the confirmation, which is read out.
    void this.updateComplete.then(() => {
      const confirmation = this.shadowRoot!.querySelector<HTMLElement>('.confirmation');
      if (confirmation) focusProgrammatically(confirmation);
    });
  }

  private hide(): void {
    this.phase = 'done';
    // Its button is gone: focus goes on to what follows the banner, not back to the top.
    focusNextAfter(this);
  }

  private renderDetailsLink() {
    const href = checkedUrl(this.detailsHref, '<ger-consent-banner> details-href');
    if (!href) {
      warnOnce('<ger-consent-banner> has no details-href.');
      return nothing;
    }
    return html`<a class="details focusable" href=${href}>${this.localize.term('consentDetails')}</a>`;
  }

  private renderQuestion() {
    return html`<div class="message"><slot><p>${this.localize.term('consentQuestion')}</p></slot></div>
      <div part="actions" class="actions">
        <button class="action focusable" type="button" @click=${() => this.choose('accepted')}>${this.localize.term('consentAccept')}</button>
        <button class="action focusable" type="button" @click=${() => this.choose('rejected')}>${this.localize.term('consentReject')}</button>
        ${this.renderDetailsLink()}
      </div>`;
  }

  private renderConfirmation(choice: ConsentChoice) {
    // One text node with its spaces: Chromium leaves a space alone between Lit's markers out of what screen readers get.
    return html`<p part="confirmation" class="confirmation focusable">
        ${`${this.localize.term(choice === 'accepted' ? 'consentAccepted' : 'consentRejected')} ${this.localize.term('consentChangeLater')} `}${this.renderDetailsLink()}
      </p>
      <div class="actions">
        <button class="action quiet focusable" type="button" @click=${this.hide}>${this.localize.term('consentHide')}</button>
      </div>`;
  }

  override render() {
    const phase = this.phase;
    if (phase === 'done') return nothing;
    const level = headingLevel(this, this.headingLevel, 2);
    return html`<section part="banner" class="banner" aria-labelledby="heading">
      <div class="inner">
        ${renderHeading(level, this.heading || this.localize.term('consentHeading'), { part: 'heading', id: 'heading' })}
        ${phase === 'asking' ? this.renderQuestion() : this.renderConfirmation(phase)}
      </div>
    </section>`;
  }
}

defineElement('ger-consent-banner', GerConsentBanner);

declare global {
  interface HTMLElementTagNameMap {
    'ger-consent-banner': GerConsentBanner;
  }
}
