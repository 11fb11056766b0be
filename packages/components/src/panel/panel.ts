import { html, isServer, nothing, type PropertyDeclarations } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { panelStrings } from '../locales/panel.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { headingLevel, renderHeading } from '../utils/heading.js';
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
 * @slot - What happens next: paragraphs, a list, links. Shown below the coloured panel.
 *
 * @csspart panel - The coloured box with the heading and the reference.
 * @csspart heading - The heading.
 * @csspart reference - The reference number.
 */
export class GerPanel extends GerElement {
  static override styles = [...sharedStyles, panelStyles];
  static override strings = panelStrings;
  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    reference: {},
    referenceLabel: { attribute: 'reference-label' },
    noFocus: { type: Boolean, attribute: 'no-focus' },
  };

  /** What was done: "Өргөдөл хүлээн авлаа" / "Application received". */
  heading = '';

  /** Level of the heading in the page outline, 1 to 6: a confirmation is usually the page's title. */
  headingLevel = 1;

  /** The reference number the user keeps (shown large, never broken inside a number). */
  reference = '';

  /** The words above the reference; "Таны лавлах дугаар" / "Your reference number" by default. */
  referenceLabel = '';

  /** Leaves focus where it is when the panel is shown. */
  noFocus = false;

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
        ${this.reference
          ? html`<p class="body">
              ${this.referenceLabel || this.localize.term('panelReference')}
              <strong part="reference" class="reference">${this.reference}</strong>
            </p>`
          : nothing}
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
