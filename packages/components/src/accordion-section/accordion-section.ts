import { html, nothing, type PropertyDeclarations } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { ServerRenderController } from '../controllers/server-render.js';
import { accordionSectionStrings } from '../locales/accordion-section.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { type HeadingLevel, renderHeading } from '../utils/heading.js';
import { accordionSectionStyles } from './accordion-section.styles.js';

/**
 * @tagname ger-accordion-section
 * @summary One section of a `ger-accordion`: a heading that shows and hides its content.
 *
 * The heading is a button inside a heading (the WAI-ARIA accordion pattern), at the level its
 * accordion gives (`heading-level` on `ger-accordion`). A closed section's content is
 * `hidden="until-found"`: the browser's find-in-page finds text in it and opens the section.
 * Without JavaScript (a server-rendered page before its script loads) every section is shown.
 *
 * @slot - The content, shown when the section is open.
 *
 * @csspart heading - The heading around the button.
 * @csspart button - The button that opens and closes the section.
 * @csspart summary - The summary line under the heading text.
 * @csspart content - The content region.
 *
 * @fires ger-toggle - The reader (or find-in-page) opened or closed the section; `detail.open`.
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
        role="region"
        aria-labelledby="title"
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
