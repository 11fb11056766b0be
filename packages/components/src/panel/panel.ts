import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { panelStrings } from '../locales/panel.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { sizeContainerStyles } from '../styles/size-container.styles.js';
import { headingLevel, renderHeading } from '../utils/heading.js';
import { forgetSentDraft } from '../utils/draft.js';
import { referenceLang } from '../utils/reference.js';
import { warnOnce } from '../utils/warn.js';
import { panelStyles } from './panel.styles.js';

/**
 * @tagname ger-panel
 * @summary The confirmation panel at the end of a service: what was done, the reference number in large text, and what happens next.
 *
 * Its heading takes focus when the panel is first shown (as it connects, or later when it or a
 * `hidden` parent becomes visible), so a screen reader announces the outcome at once and the
 * keyboard continues from there; `no-focus` leaves focus where it is (a confirmation page that
 * loads as a page of its own, say, where the page title announces it).
 *
 * On the page a service's server shows once an application posted by `ger-form-steps` has
 * arrived, `form-id` names that form: its draft, kept in this browser while the post was on its
 * way (it may fail, offline), is cleared now. A draft changed since it was sent is kept.
 *
 * @slot - What happens next: paragraphs, a list, links. Shown below the coloured panel.
 *
 * @csspart panel - The coloured box with the heading and the reference.
 * @csspart heading - The heading.
 * @csspart reference - The reference number.
 *
 * @cssprop --ger-border-width-heavy - Accent bars: banners, error summary, selected tab.
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-on-success - Text and icons on color.success and color.success-hover.
 * @cssprop --ger-color-success - Strong success fill: success messages. Also for icons and borders on surfaces (3:1).
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-size-2xl - 32 px at default text size. Section headings.
 * @cssprop --ger-font-size-lg - 20 px at default text size. Lead paragraphs, small headings.
 * @cssprop --ger-font-size-xl - 24 px at default text size. Large text for WCAG purposes (3:1 is enough at this size).
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-line-height-heading - Headings; leaves room for Cyrillic diacritics (Й, Ё) when lines wrap.
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-lg - 24 px at default text size.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 *
 * @cssprop --ger-space-sm - 12 px at default text size.
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerPanel extends GerElement {
  static override styles = [...sharedStyles, sizeContainerStyles, panelStyles];
  static override strings = panelStrings;
  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    reference: {},
    referenceLabel: { attribute: 'reference-label' },
    noFocus: { type: Boolean, attribute: 'no-focus' },
    formId: { attribute: 'form-id' },
  };

  /** What was done: "Өргөдөл хүлээн авлаа" / "Application received". */
  heading = '';

  /** Level of the heading in the page outline, 1 to 6: a confirmation is usually the page's title. */
  headingLevel = 1;

  /** The reference number the user keeps (shown large, never broken inside a number; marked `lang="mn"` when in Cyrillic). */
  reference = '';

  /** The words above the reference; "Таны лавлах дугаар" / "Your reference number" by default. */
  referenceLabel = '';

  /** Leaves focus where it is when the panel is shown. */
  noFocus = false;

  /**
   * The `form-id` of the `ger-form-steps` whose application this page confirms: its draft, kept
   * in this browser's localStorage while the post was on its way, is cleared as the panel appears.
   * (A service with its own draft `store` clears it where the application arrives, or calls
   * `forgetSentDraft(formId, store)`.)
   */
  formId = '';

  /** Watches the panel's box: a box with a size means the panel is on screen. */
  private watcher?: ResizeObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer || this.noFocus) return;
    this.watcher = new ResizeObserver(([entry]) => {
      if (!entry || entry.contentRect.width + entry.contentRect.height === 0) return;
      this.stopWatching();
      void this.updateComplete.then(() => this.focusTarget()?.focus());
    });
    this.watcher.observe(this);
  }

  override updated(changed: PropertyValues<this>): void {
    // The application has arrived: the answers kept in case the post failed may go.
    if (changed.has('formId') && this.formId) void forgetSentDraft(this.formId);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching();
  }

  private stopWatching() {
    this.watcher?.disconnect();
    this.watcher = undefined;
  }

  /** The heading, or without one the panel itself. */
  private focusTarget(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#heading') ?? this.renderRoot.querySelector<HTMLElement>('.panel');
  }

  override render() {
    const level = headingLevel(this, this.headingLevel, 1);
    if (!this.heading) warnOnce('<ger-panel> has no heading: say what was done, such as "Application received".');
    return html`<div part="panel" class="panel" tabindex=${this.heading ? nothing : '-1'}>
        ${this.heading ? renderHeading(level, this.heading, { part: 'heading', id: 'heading', focusable: true }) : nothing}
        ${
          this.reference
            ? html`<p class="body">
              ${this.referenceLabel || this.localize.term('panelReference')}
              <strong part="reference" class="reference" lang=${referenceLang(this.reference)}>${this.reference}</strong>
            </p>`
            : nothing
        }
      </div>
      <div class="next"><slot></slot></div>`;
  }
}

defineElement('ger-panel', GerPanel);

declare global {
  interface HTMLElementTagNameMap {
    'ger-panel': GerPanel;
  }
}
