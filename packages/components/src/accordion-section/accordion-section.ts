import { html, nothing, type PropertyDeclarations } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { ServerRenderController } from '../controllers/server-render.js';
import { accordionSectionStrings } from '../locales/accordion-section.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { type HeadingLevel, renderHeading } from '../utils/heading.js';
import { warnOnce } from '../utils/warn.js';
import { accordionSectionStyles } from './accordion-section.styles.js';

/**
 * @tagname ger-accordion-section
 * @summary One section of a `ger-accordion`: a heading that shows and hides its content.
 *
 * The heading is a button inside a heading (the WAI-ARIA accordion pattern), at the level its
 * accordion gives (`heading-level` on `ger-accordion`). A closed section's content is
 * `hidden="until-found"`: the browser's find-in-page finds text in it and opens the section.
 * An open section's content is a region named by its heading; a closed one's is none, as a
 * screen reader would otherwise list an empty landmark for it.
 * Without JavaScript (a server-rendered page before its script loads) every section is shown.
 *
 * @slot - The content, shown when the section is open.
 *
 * @csspart heading - The heading around the button.
 * @csspart button - The button that opens and closes the section.
 * @csspart summary - The summary line under the heading text.
 * @csspart content - The content (a region while the section is open).
 *
 * @fires ger-toggle - The reader (or find-in-page) opened or closed the section; `detail.open`.
 *
 * @cssprop --ger-border-width-thin - Decorative dividers.
 * @cssprop --ger-color-border - Decorative dividers only (no contrast requirement). Never the only outline of a control.
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-link - Links.
 * @cssprop --ger-color-link-hover - Links on hover.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-color-text-muted - Secondary text: hints, captions, metadata. Still 4.5:1 on every surface.
 * @cssprop --ger-duration-fast - Hover and press feedback.
 * @cssprop --ger-easing-standard - Movement within the page.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-size-lg - 20 px at default text size. Lead paragraphs, small headings.
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-font-weight-regular - Body text.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-line-height-heading - Headings; leaves room for Cyrillic diacritics (Й, Ё) when lines wrap.
 * @cssprop --ger-size-target-minimum - Minimum size of every interactive target: 44 px at default text size (WCAG 2.5.5 AAA, the Ger standard).
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-lg - 24 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerAccordionSection extends GerElement {
  static override styles = [...sharedStyles, accordionSectionStyles];
  static override strings = accordionSectionStrings;
  static override properties: PropertyDeclarations = {
    heading: {},
    summary: {},
    open: { type: Boolean, reflect: true },
    level: { attribute: false },
  };

  /** The heading: what the section is about, in a few words. */
  heading = '';

  /** An optional line under the heading that says more about what is inside. */
  summary = '';

  /** Whether the content is shown. */
  open = false;

  /** @internal The heading level, given by the accordion. */
  level: HeadingLevel = 2;

  /** What the server could not know (the accordion's heading level) waits for the first client render. */
  private readonly serverRender = new ServerRenderController(this);

  /** Opens or closes the section as the reader does, firing `ger-toggle`. */
  toggle(open = !this.open): void {
    if (open === this.open) return;
    this.open = open;
    this.emit('ger-toggle', { open });
  }

  protected override updated(): void {
    // After each render, so a heading a framework sets once the element is connected counts.
    if (!this.heading) warnOnce('<ger-accordion-section> has no heading: its button and its content region have no name.');
  }

  /** Focuses the section's button. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector('button')?.focus(options);
  }

  override render() {
    const open = this.open;
    const toggleLabel = this.localize.term(open ? 'accordionSectionHideLabel' : 'accordionSectionShowLabel');
    const button = html`<button
      part="button"
      class="button focusable"
      id="button"
      type="button"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="content"
      @click=${() => this.toggle()}
    >
      <span class="text"><span class="title" id="title">${this.heading}</span>${
        this.summary ? html`<span part="summary" class="summary">${this.summary}</span>` : nothing
      }</span>
      <span class="toggle"
        ><svg class="chevron" viewBox="0 0 24 24" aria-hidden="true"><path d="m6 9 6 6 6-6" /></svg
        ><span aria-hidden="true">${this.localize.term(open ? 'accordionSectionHide' : 'accordionSectionShow')}</span
        ><span class="visually-hidden">${`, ${toggleLabel}`}</span></span
      >
    </button>`;
    return html`${renderHeading(this.serverRender.matching ? 2 : this.level, button, { part: 'heading' })}
      <div
        part="content"
        class="content"
        id="content"
        role=${open ? 'region' : nothing}
        aria-labelledby=${open ? 'title' : nothing}
        hidden=${open ? nothing : 'until-found'}
        @beforematch=${() => this.toggle(true)}
      >
        <div class="body"><slot></slot></div>
      </div>`;
  }
}

defineElement('ger-accordion-section', GerAccordionSection);

declare global {
  interface HTMLElementTagNameMap {
    'ger-accordion-section': GerAccordionSection;
  }
}
