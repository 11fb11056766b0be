import { html, nothing, type PropertyDeclarations } from 'lit';
import { jsonList, listOf, text } from '../base/converters.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import { statusTrackerStrings } from '../locales/status-tracker.js';
import type { TermKey } from '../locales/translation.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { dayNumber, DEFAULT_TIME_ZONE, formatDate, formatMoment, parseDate, validTimeZone, type DataDate } from '../utils/date.js';
import { referenceLang } from '../utils/reference.js';
import { warnOnce } from '../utils/warn.js';
import { statusTrackerStyles } from './status-tracker.styles.js';
import { pluralTerm } from '../controllers/localize.js';

export const REQUEST_STATUSES = ['submitted', 'received', 'assigned', 'in-review', 'info-needed', 'decided', 'closed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** `in-review` → `statusInReview`: each status's string. */
const statusTerm = (status: RequestStatus) => `status${status.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase())}` as TermKey;

/** One step in the life of a request, as data gives it. */
export interface StatusEvent {
  status: RequestStatus;
  /** ISO 8601: a day or a moment. */
  date: string;
  /** The unit or officer responsible from this step on. */
  unit?: string;
  /** What the reader should know, e.g. which document is missing. */
  note?: string;
}

interface ShownEvent {
  status: string;
  label: string;
  date: DataDate | undefined;
  unit: string;
  note: string;
}

/**
 * @tagname ger-status-tracker
 * @summary The progress of one application or complaint: its timeline, its current status, and plainly, how many days it is overdue.
 *
 * The current status is summarised in a status region (announced when it changes, e.g. after a
 * lookup). When the legal deadline has passed without a decision, the summary says so in words
 * with the number of days overdue, so a delay is never hidden. The timeline is an ordered list,
 * oldest first; each event has its `<time datetime>`, the responsible unit and an optional note,
 * and the current one has `aria-current="step"`.
 *
 * @csspart summary - The current status, reference number and deadline.
 * @csspart overdue - The overdue message.
 * @csspart timeline - The ordered list of events.
 *
 * @cssprop --ger-border-width-heavy - Accent bars: banners, error summary, selected tab.
 * @cssprop --ger-border-width-thick - Control borders (inputs, secondary buttons).
 * @cssprop --ger-color-border - Decorative dividers only (no contrast requirement). Never the only outline of a control.
 * @cssprop --ger-color-border-control - Borders of inputs and controls: 3:1 against surfaces (WCAG 1.4.11).
 * @cssprop --ger-color-brand - Strong brand fill: primary buttons, selected states. Also for icons and borders on surfaces (3:1). Large headings may use it as text (3:1).
 * @cssprop --ger-color-danger - Strong danger fill: errors and destructive actions. Also for icons and borders on surfaces (3:1).
 * @cssprop --ger-color-danger-subtle - Tinted danger surface: banners, tags, highlighted rows.
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-on-danger-subtle - Text and icons on color.danger-subtle.
 * @cssprop --ger-color-surface - Page background.
 * @cssprop --ger-color-text-muted - Secondary text: hints, captions, metadata. Still 4.5:1 on every surface.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-size-lg - 20 px at default text size. Lead paragraphs, small headings.
 * @cssprop --ger-font-size-sm - 14 px at default text size. Hints, captions, tags.
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-line-height-heading - Headings; leaves room for Cyrillic diacritics (Й, Ё) when lines wrap.
 * @cssprop --ger-radius-pill - Fully rounded ends: tags and badges.
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-lg - 24 px at default text size.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-space-xl - 32 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 */
export class GerStatusTracker extends GerElement {
  static override styles = [...sharedStyles, statusTrackerStyles];
  static override properties: PropertyDeclarations = {
    events: { converter: jsonList },
    reference: {},
    deadline: {},
    timeZone: { attribute: 'time-zone' },
    now: { attribute: false },
  };
  static override strings = statusTrackerStrings;

  /** The events, oldest first: `[{ "status": "submitted", "date": "2026-03-02T10:15:00+08:00", "unit": "..." }]` (JSON in HTML). */
  events: StatusEvent[] = [];

  /** The request's reference number (marked `lang="mn"` when in Cyrillic). */
  reference = '';

  /** The last day (ISO 8601) the law allows for a decision. */
  deadline = '';

  /** The IANA time zone dates are shown and days counted in. */
  timeZone = DEFAULT_TIME_ZONE;

  /** Today, for counting overdue days; by default the current time (set it for server rendering or tests). */
  now?: Date | string;

  private shown(): ShownEvent[] {
    return listOf(this.events, '<ger-status-tracker> events').map((item) => {
      const status = text(item.status);
      const known = (REQUEST_STATUSES as readonly string[]).includes(status);
      if (!known) warnOnce(`<ger-status-tracker> unknown status "${status.slice(0, 40)}", shown as given.`);
      return {
        status,
        label: known ? this.localize.term(statusTerm(status as RequestStatus)) : status,
        date: parseDate(item.date, '<ger-status-tracker> date'),
        unit: text(item.unit),
        note: text(item.note),
      };
    });
  }

  /** A day as a day; a moment with its time. */
  private time(date: DataDate, timeZone: string) {
    return html`<time datetime=${date.datetime}>${formatMoment(this.localize, date, timeZone)}</time>`;
  }

  /** Days past the deadline without a decision, counted in calendar days of the time zone; 0 when not late. */
  private daysOverdue(events: ShownEvent[], deadline: DataDate | undefined, timeZone: string): number {
    if (!deadline || events.some((event) => event.status === 'decided' || event.status === 'closed')) return 0;
    const now = parseDate(this.now || new Date(), '<ger-status-tracker> now') ?? { date: new Date(), dayOnly: false, datetime: '' };
    return Math.max(0, dayNumber(now, timeZone) - dayNumber(deadline, timeZone));
  }

  override render() {
    const timeZone = validTimeZone(this.timeZone);
    const events = this.shown();
    const current = events.at(-1);
    const deadline = parseDate(this.deadline, '<ger-status-tracker> deadline');
    const overdue = this.daysOverdue(events, deadline, timeZone);
    return html`<div part="summary" class="summary">
        <div role="status">
          ${current ? html`<p class="current">${this.localize.term('currentStatus', { status: current.label })}</p>` : nothing}
          ${
            overdue
              ? html`<p part="overdue" class="overdue">${pluralTerm(this.localize, 'overdue', overdue, { date: formatDate(this.localize, deadline!, timeZone) })}</p>`
              : nothing
          }
        </div>
        <dl>
          ${
            this.reference
              ? html`<div>
                <dt>${this.localize.term('referenceNumber')}</dt>
                <dd class="reference" lang=${referenceLang(this.reference)}>${this.reference}</dd>
              </div>`
              : nothing
          }
          ${
            deadline
              ? html`<div>
                <dt>${this.localize.term('legalDeadline')}</dt>
                <dd>${this.time(deadline, timeZone)}</dd>
              </div>`
              : nothing
          }
        </dl>
      </div>
      ${
        events.length
          ? html`<ol part="timeline" class="timeline" aria-label=${this.localize.term('progress')}>
            ${events.map(
              (
                event,
                index,
              ) => html`<li class="event ${index === events.length - 1 ? 'now' : ''}" aria-current=${index === events.length - 1 ? 'step' : nothing}>
                <p class="name">${event.label}</p>
                ${event.date ? html`<p class="when">${this.time(event.date, timeZone)}</p>` : nothing}
                ${event.unit ? html`<p>${this.localize.term('responsibleUnit')}: ${event.unit}</p>` : nothing}
                ${event.note ? html`<p class="note">${event.note}</p>` : nothing}
              </li>`,
            )}
          </ol>`
          : nothing
      }`;
  }
}

defineElement('ger-status-tracker', GerStatusTracker);

declare global {
  interface HTMLElementTagNameMap {
    'ger-status-tracker': GerStatusTracker;
  }
}
