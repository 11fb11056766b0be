import { html, type PropertyDeclarations } from 'lit';
import { jsonList, listOf, text } from '../base/converters.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import { ServerRenderController } from '../controllers/server-render.js';
import { summaryListStrings } from '../locales/summary-list.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { sizeContainerStyles } from '../styles/size-container.styles.js';
import { headingLevel } from '../utils/heading.js';
import { checkedUrl } from '../utils/url.js';
import { warnOnce } from '../utils/warn.js';
import { summaryListStyles } from './summary-list.styles.js';
import { type RenderedRow, type RowAction, renderSummaryList } from './summary-rows.js';
import { oneOf } from '../utils/one-of.js';

/** A row as data gives it. */
export interface SummaryRow {
  /** What the row is about: "Date of birth". */
  key: string;
  /** The answer, shown as text; line breaks stay. */
  value?: string;
  /** Links such as "Change"; the key is added to each link's name for screen readers. */
  actions?: SummaryAction[];
}

export interface SummaryAction {
  /** http, https or relative; anything else leaves the action out. */
  href: string;
  /** The link text; "Өөрчлөх" / "Change" by default. */
  label?: string;
}

const VARIANTS = ['plain', 'card'] as const;

/** The slot of the row made from the child at `index`. */
const slotName = (index: number) => `row-${index}`;
export type SummaryListVariant = (typeof VARIANTS)[number];

/**
 * @tagname ger-summary-list
 * @summary Key / value rows (a `<dl>`), each with optional actions such as "Change": a record, a person's details, answers to check.
 *
 * Rows come from `rows` (data; a JSON attribute in plain HTML) or, without it, from the children:
 * each child with a `data-key` is a row whose value is the child itself (links and lists stay
 * as written); `data-href` adds a "Change" link to it, `data-action` names that link otherwise.
 * Every action's name ends with its row's key, visually hidden: "Change: Date of birth".
 * Rows without actions line up with those that have them.
 *
 * @slot - Rows: children with `data-key` (used when `rows` is empty).
 *
 * @csspart section - The box around the heading and the list (a card's border).
 * @csspart heading - The heading (a card's title).
 * @csspart list - The `<dl>`.
 *
 * @fires ger-summary-action - An action was chosen (cancelable: cancel it to handle the action in the page instead of following the link).
 *
 * @cssprop --ger-border-width-thin - Decorative dividers.
 * @cssprop --ger-color-border - Decorative dividers only (no contrast requirement). Never the only outline of a control.
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-link - Links.
 * @cssprop --ger-color-link-hover - Links on hover.
 * @cssprop --ger-color-surface-sunken - Wells, code blocks, table stripes.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-color-text-muted - Secondary text: hints, captions, metadata. Still 4.5:1 on every surface.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-size-lg - 20 px at default text size. Lead paragraphs, small headings.
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-line-height-heading - Headings; leaves room for Cyrillic diacritics (Й, Ё) when lines wrap.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-space-xl - 32 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerSummaryList extends GerElement {
  static override styles = [...sharedStyles, sizeContainerStyles, summaryListStyles];
  static override strings = summaryListStrings;
  static override properties: PropertyDeclarations = {
    rows: { converter: jsonList },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    variant: { reflect: true },
  };

  /** The rows as data; when empty, the children with `data-key` are the rows. */
  rows: SummaryRow[] = [];

  /** A title above the rows; a card's title. */
  heading = '';

  /** Level of the heading in the page outline, 1 to 6. */
  headingLevel = 2;

  /** `plain` (default): rows on the page. `card`: a bordered box with the heading as its title, one of several on a page. */
  variant: SummaryListVariant = 'plain';

  private readonly serverRender = new ServerRenderController(this);

  /** Rows from data, with unsafe links and rows without a key left out (each with a warning). */
  private dataRows(): RenderedRow[] {
    const where = '<ger-summary-list> rows';
    return listOf(this.rows, where).flatMap((row) => {
      const key = text(row.key);
      if (!key) {
        warnOnce(`${where}: a row has no key; it is left out.`);
        return [];
      }
      const actions = listOf(row.actions, `${where}: "${key}" actions`).flatMap((action) => this.action(action.href, action.label, where));
      return [{ key, value: text(row.value), actions }];
    });
  }

  /** Rows from the children with a `data-key`, each shown through a slot of its own in its value cell. */
  private childRows(): RenderedRow[] {
    const where = '<ger-summary-list> children';
    // On the server, and hydrating the server's markup, there are no children to read.
    if (this.serverRender.matching) return [];
    return [...this.children].flatMap((child, index) => {
      const key = child.getAttribute('data-key')?.trim();
      if (!key) {
        warnOnce(`${where}: a child without data-key is not shown; give each row its key in data-key.`);
        return [];
      }
      const actions = this.action(child.getAttribute('data-href'), child.getAttribute('data-action'), where);
      return [{ key, value: html`<slot name=${slotName(index)}></slot>`, actions }];
    });
  }

  /**
   * Sends each child with a `data-key` to its row's slot, the others to the hidden one. Only
   * changed attributes are written: writing one again would fire `slotchange` again in Firefox.
   */
  private assignSlots = () => {
    [...this.children].forEach((child, index) => {
      const slot = child.getAttribute('data-key')?.trim() ? slotName(index) : '';
      if (child.slot === slot) return;
      if (slot) child.slot = slot;
      else child.removeAttribute('slot');
    });
    this.requestUpdate();
  };

  /** One action from data or attributes, or none when its link is missing or unsafe. */
  private action(href: unknown, label: unknown, where: string): RowAction[] {
    const safe = checkedUrl(text(href), where);
    return safe ? [{ href: safe, label: text(label) || this.localize.term('answerChange') }] : [];
  }

  private chosen = (event: Event, row: RenderedRow, action: RowAction) => {
    if (!this.emit('ger-summary-action', { key: row.key, href: action.href }, true)) event.preventDefault();
  };

  override render() {
    const data = this.dataRows();
    return html`${renderSummaryList({
      rows: data.length ? data : this.childRows(),
      heading: this.heading,
      level: headingLevel(this, this.headingLevel, 2),
      card: oneOf(this, 'variant', this.variant, VARIANTS, 'plain') === 'card',
      onAction: this.chosen,
    })}<slot hidden @slotchange=${this.assignSlots}></slot>`;
  }
}

defineElement('ger-summary-list', GerSummaryList);

declare global {
  interface HTMLElementTagNameMap {
    'ger-summary-list': GerSummaryList;
  }
}
