import { html, type PropertyDeclarations } from 'lit';
import { GerAccordionSection } from '../accordion-section/accordion-section.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import { ServerRenderController } from '../controllers/server-render.js';
import { accordionStrings } from '../locales/accordion.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { announce } from '../utils/announce.js';
import { horizontalKey } from '../utils/arrow-keys.js';
import { headingLevel } from '../utils/heading.js';
import { readStored, storageKey, webStorage, writeStored } from '../utils/storage.js';
import { warnOnce } from '../utils/warn.js';
import { accordionStyles } from './accordion.styles.js';

export { GerAccordionSection };

/** Where a section's state is kept: its id, or else its heading. */
const sectionKey = (section: GerAccordionSection) => section.id || section.heading;

const next = (index: number, count: number) => (index + 1) % count;
const previous = (index: number, count: number) => (index - 1 + count) % count;

/** The keys that move between section headings (WAI-ARIA accordion pattern), as in horizontal writing. */
const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowDown: next,
  ArrowUp: previous,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * @tagname ger-accordion
 * @summary Sections of related content under headings, each shown and hidden by the reader.
 *
 * Holds `ger-accordion-section` elements: gives them their heading level, a "Show all sections"
 * button, arrow-key movement between their headings and, with `remember` and an `id`, keeps the
 * open sections for the rest of the browser session.
 *
 * @slot - The `ger-accordion-section` elements.
 *
 * @csspart controls - The row above the sections.
 * @csspart show-all - The "Show all sections" / "Hide all sections" button.
 *
 * @fires ger-toggle - From a section, when the reader opened or closed it.
 *
 * @dependency ger-accordion-section
 *
 * @cssprop --ger-border-width-thin - Decorative dividers.
 * @cssprop --ger-color-border - Decorative dividers only (no contrast requirement). Never the only outline of a control.
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-link - Links.
 * @cssprop --ger-color-link-hover - Links on hover.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-size-target-minimum - Minimum size of every interactive target: 44 px at default text size (WCAG 2.5.5 AAA, the Ger standard).
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-lg - 24 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerAccordion extends GerElement {
  static override styles = [...sharedStyles, accordionStyles];
  static override strings = accordionStrings;
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level' },
    remember: { type: Boolean },
  };

  /** Level of the sections' headings in the page outline, 1 to 6 (2 when not given). */
  headingLevel?: number | string;

  /** Keeps which sections are open for the browser session (needs an `id` on the accordion). */
  remember = false;

  /** On the server the sections are unknown: the button's first client render says what the server said. */
  private readonly serverRender = new ServerRenderController(this);

  /** Sections already given their stored state: each is restored once, when it arrives. */
  private readonly restored = new WeakSet<GerAccordionSection>();

  /** The sections, in order. */
  get sections(): GerAccordionSection[] {
    return this.serverRender.matching ? [] : [...this.children].filter((child): child is GerAccordionSection => child instanceof GerAccordionSection);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('ger-toggle', this.handleToggle);
    this.addEventListener('keydown', this.handleKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('ger-toggle', this.handleToggle);
    this.removeEventListener('keydown', this.handleKeydown);
  }

  /** Before each render: the sections' state is what the button shows. */
  protected override willUpdate(): void {
    this.syncSections();
  }

  /** Opens (or closes) every section, as the button does. */
  toggleAll(open: boolean): void {
    for (const section of this.sections) section.open = open;
    this.store();
    this.requestUpdate();
  }

  private get storageKey(): string | undefined {
    if (!this.remember) return undefined;
    if (this.id) return storageKey('accordion', this.id);
    warnOnce(`<ger-accordion remember> needs an id to keep its sections apart from other accordions'; nothing is kept.`);
    return undefined;
  }

  /** The keys of the sections that were open this session, or undefined when none are kept. */
  private storedKeys(): string[] | undefined {
    const key = this.storageKey;
    const stored = key ? readStored(key, { storage: webStorage('session') }) : null;
    if (stored === null) return undefined;
    try {
      const keys: unknown = JSON.parse(stored);
      if (Array.isArray(keys)) return keys.filter((value): value is string => typeof value === 'string');
    } catch {
      // Not ours, or damaged: ignored below, and overwritten at the next change.
    }
    warnOnce(`<ger-accordion id="${this.id}"> ignores what session storage holds under ${key}: not a list of sections.`);
    return undefined;
  }

  private store(): void {
    const key = this.storageKey;
    if (!key) return;
    const open = this.sections.filter((section) => section.open).map(sectionKey);
    writeStored(key, JSON.stringify(open), { storage: webStorage('session') });
  }

  /** Gives every section its heading level, and a new one its stored state. */
  private syncSections() {
    const level = headingLevel(this, this.headingLevel, 2);
    const sections = this.sections;
    const fresh = sections.filter((section) => !this.restored.has(section));
    const stored = fresh.length ? this.storedKeys() : undefined;
    for (const section of sections) {
      section.level = level;
      if (stored && fresh.includes(section)) section.open = stored.includes(sectionKey(section));
      this.restored.add(section);
    }
  }

  private handleToggle = (event: Event) => {
    if (event.target === this) return;
    this.store();
    this.requestUpdate();
  };

  private handleKeydown = (event: KeyboardEvent) => {
    // Set vertically (the traditional script) the headings run left to right, so Right and Left
    // move along them; Down and Up keep the pattern's meaning (next, previous) there too.
    const move = MOVES[horizontalKey(event, this)] ?? MOVES[event.key];
    const sections = this.sections;
    const from = sections.indexOf(event.target as GerAccordionSection);
    // Only from a section's heading button: arrow keys inside the content are the content's.
    if (!move || from < 0 || (event.composedPath()[0] as Element).localName !== 'button') return;
    event.preventDefault();
    sections[move(from, sections.length)].focus();
  };

  private clickShowAll(open: boolean) {
    this.toggleAll(open);
    announce(this.localize.term(open ? 'accordionAllShown' : 'accordionAllHidden'), this.localize.lang);
  }

  override render() {
    const sections = this.sections;
    const allOpen = sections.length > 0 && sections.every((section) => section.open);
    return html`<div part="controls" class="controls">
        <button
          part="show-all"
          class="show-all focusable"
          type="button"
          aria-expanded=${allOpen ? 'true' : 'false'}
          @click=${() => this.clickShowAll(!allOpen)}
        >
          <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true"><path d="m6 9 6 6 6-6" /></svg
          ><span class="text">${this.localize.term(allOpen ? 'accordionHideAll' : 'accordionShowAll')}</span>
        </button>
      </div>
      <slot @slotchange=${() => this.requestUpdate()}></slot>`;
  }
}

defineElement('ger-accordion', GerAccordion);

declare global {
  interface HTMLElementTagNameMap {
    'ger-accordion': GerAccordion;
  }
}
