import { html, nothing } from 'lit';
import type { LazyPartHost } from '../base/lazy-part.js';
import { dateCalendarStrings } from '../locales/date-calendar.js';
import type { TermKey } from '../locales/translation.js';
import { formatDate, today } from '../utils/date.js';
import { horizontalKey } from '../utils/arrow-keys.js';
import { dateLimit, isUnavailable, realDay, weekday, type DateRules } from './available-days.js';
import { calendarStyles } from './calendar.styles.js';

/** The calendar's styles and strings join the field's as it loads (see `LazyPartController`). */
export { calendarStyles as styles, dateCalendarStrings as strings };

/** What the calendar needs of ger-date-input: never its class, so neither imports the other. */
export interface CalendarHost extends LazyPartHost, DateRules {
  /** The question the date answers: the dialog's title. */
  readonly label: string;
  /** The date in the boxes: `YYYY-MM-DD`, or the parts as typed. */
  readonly value: string;
}

/** What the calendar tells its button. */
export interface CalendarEvents {
  /** The reader chose a day. */
  chose(iso: string): void;
  /** The dialog closed, by a choice, Escape or Close. */
  closed(): void;
}

const DAY_MS = 86_400_000;
/** The years a date field takes (see `isoDate`): the grid never walks out of them. */
const FIRST_DAY = '1000-01-01';
const LAST_DAY = '9999-12-31';

const fromIso = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (iso: string, days: number) => toIso(new Date(fromIso(iso).getTime() + days * DAY_MS));
const monthOf = (iso: string) => iso.slice(0, 7);

/** The same day `months` later, or that month's last day when it is shorter (31 January + 1 month: 28 or 29 February). */
function addMonths(iso: string, months: number): string {
  const date = fromIso(iso);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return toIso(target);
}

/** The keys of the WAI-ARIA date picker dialog's grid: where each moves the focused day. */
const MOVES: Record<string, (iso: string, shift: boolean) => string> = {
  ArrowLeft: (iso) => addDays(iso, -1),
  ArrowRight: (iso) => addDays(iso, 1),
  ArrowUp: (iso) => addDays(iso, -7),
  ArrowDown: (iso) => addDays(iso, 7),
  PageUp: (iso, shift) => addMonths(iso, shift ? -12 : -1),
  PageDown: (iso, shift) => addMonths(iso, shift ? 12 : 1),
  Home: (iso) => addDays(iso, -weekday(iso)),
  End: (iso) => addDays(iso, 6 - weekday(iso)),
};

/** The month and year buttons above the grid: their name and how far each moves. */
const STEPS: [TermKey, number, string][] = [
  ['calendarPreviousYear', -12, 'M11 6l-6 6 6 6M18 6l-6 6 6 6'],
  ['calendarPreviousMonth', -1, 'M15 6l-6 6 6 6'],
  ['calendarNextMonth', 1, 'M9 6l6 6-6 6'],
  ['calendarNextYear', 12, 'M6 6l6 6-6 6M13 6l6 6-6 6'],
];

/**
 * The calendar of `ger-date-input picker`: the WAI-ARIA date picker dialog, a modal `<dialog>`
 * (`showModal`: the page behind is inert, Escape closes it, no focus trap of our own) holding a
 * month as a grid. Loaded when the reader first reaches for the button, so a page whose readers
 * type their dates never downloads it.
 */
export class Calendar {
  /** The day the grid's focus is on; none while the dialog is closed. */
  private focused?: string;

  constructor(
    private readonly host: CalendarHost,
    private readonly events: CalendarEvents,
  ) {}

  /** The date in the boxes when it is a real one, else `''`. */
  private chosenDate(): string {
    return realDay(this.host.value);
  }

  /** Opens the dialog on the chosen date, or today, within `min` and `max`. */
  async show(): Promise<void> {
    this.focused = this.clamp(this.chosenDate() || today());
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog();
    if (dialog && !dialog.open) dialog.showModal();
    this.focusDay();
  }

  private dialog() {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.calendar');
  }

  private focusDay() {
    const day = this.host.renderRoot.querySelector<HTMLElement>('.day[tabindex="0"]');
    day?.focus();
    // Focus scrolls a day into view only when none of it shows: a day cut off at the edge of a
    // scrolled grid (large text, vertical script) is brought in whole.
    day?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  private limits(): [string, string] {
    return [dateLimit(this.host, 'min') || FIRST_DAY, dateLimit(this.host, 'max') || LAST_DAY];
  }

  private clamp(iso: string): string {
    const [min, max] = this.limits();
    return iso < min ? min : iso > max ? max : iso;
  }

  private choosable(iso: string): boolean {
    const [min, max] = this.limits();
    return iso >= min && iso <= max && !isUnavailable(iso, this.host);
  }

  /** Shows `iso`'s month with focus on it; the month buttons keep their own focus, as in the APG example. */
  private async moveTo(iso: string, focusGrid: boolean) {
    this.focused = this.clamp(iso);
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (focusGrid) this.focusDay();
  }

  private keydown = (event: KeyboardEvent) => {
    // Set vertically the grid is transposed: weeks are columns, the days of a week run down them.
    const move = MOVES[horizontalKey(event, event.currentTarget as Element)];
    if (move) {
      event.preventDefault();
      void this.moveTo(move(this.focused!, event.shiftKey), true);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.pick(this.focused!);
    }
  };

  /** Chooses a day and closes; an unavailable day is only focused (and read as unavailable). */
  private pick(iso: string) {
    this.focused = iso;
    if (!this.choosable(iso)) return void this.moveTo(iso, true);
    this.events.chose(iso);
    this.close();
  }

  /**
   * Closes at once: the browser fires `close` a task after `dialog.close()`, and until then
   * `await updateComplete` would still find the dialog drawn.
   */
  private close() {
    this.dialog()?.close();
    this.closed();
  }

  /** Closed by a choice or Close, or by Escape (the `close` event, which also follows `close()`, once done). */
  private closed = () => {
    if (!this.focused) return;
    this.focused = undefined;
    this.host.requestUpdate();
    this.events.closed();
  };

  /** The dialog while open, else nothing. */
  render() {
    const { focused, host } = this;
    if (!focused) return nothing;
    const { localize } = host;
    const list = (key: TermKey) => localize.term(key).split('|');
    const [year, month] = focused.split('-').map(Number);
    const monthName = localize.term('calendarMonthYear', { month: list('calendarMonths')[month - 1], year });
    const [min, max] = this.limits();
    const step = ([label, months, path]: (typeof STEPS)[number]) => {
      // Out of range: still focusable (a disabled button would drop focus to the page), but inert.
      const blocked = monthOf(this.clamp(addMonths(focused, months))) === monthOf(focused);
      return html`<button
        class="action secondary focusable step"
        type="button"
        aria-label=${localize.term(label)}
        aria-disabled=${blocked ? 'true' : nothing}
        @click=${() => this.focused && !blocked && this.moveTo(addMonths(this.focused, months), false)}
      >
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${path} /></svg>
      </button>`;
    };
    return html`<dialog class="calendar" aria-labelledby="calendar-title" aria-describedby="calendar-keys" @close=${this.closed}>
      <h2 class="calendar-title" id="calendar-title">${host.label || localize.term('datePickerButton')}</h2>
      <p class="calendar-month" id="calendar-month" aria-live="polite">${monthName}</p>
      <div class="calendar-nav">
        <span class="steps">${STEPS.slice(0, 2).map(step)}</span>
        <span class="steps">${STEPS.slice(2).map(step)}</span>
      </div>
      <div class="calendar-grid">
        <table role="grid" aria-labelledby="calendar-month" @keydown=${this.keydown}>
          <thead>
            <tr>
              ${list('calendarWeekdaysShort').map((short, day) => html`<th scope="col" abbr=${list('calendarWeekdays')[day]}>${short}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${this.weeks(year, month).map((week) => html`<tr>${week.map((iso) => (iso ? this.renderDay(iso, min, max) : html`<td></td>`))}</tr>`)}
          </tbody>
        </table>
      </div>
      <p class="calendar-keys" id="calendar-keys">${localize.term('calendarKeys')}</p>
      <button class="action secondary focusable calendar-close" type="button" @click=${() => this.close()}>${localize.term('calendarClose')}</button>
    </dialog>`;
  }

  /** The month's days in weeks from Monday; the days of other months are left blank. */
  private weeks(year: number, month: number): (string | undefined)[][] {
    const first = `${year}-${String(month).padStart(2, '0')}-01`;
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const cells: (string | undefined)[] = Array.from({ length: weekday(first) });
    for (let day = 0; day < days; day++) cells.push(addDays(first, day));
    while (cells.length % 7) cells.push(undefined);
    return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
  }

  private renderDay(iso: string, min: string, max: string) {
    const { host, focused } = this;
    const { localize } = host;
    const isToday = iso === today();
    const available = iso >= min && iso <= max && !isUnavailable(iso, host);
    const inWords = formatDate(localize, { date: fromIso(iso), dayOnly: true, datetime: iso }, 'UTC');
    const name = [
      localize.term('calendarDay', { date: inWords, weekday: localize.term('calendarWeekdays').split('|')[weekday(iso)] }),
      isToday ? localize.term('calendarToday') : '',
      available ? '' : localize.term('calendarUnavailable'),
    ];
    return html`<td
      class="day focusable"
      tabindex=${iso === focused ? '0' : '-1'}
      aria-label=${name.filter(Boolean).join(', ')}
      aria-selected=${iso === this.chosenDate() ? 'true' : nothing}
      aria-current=${isToday ? 'date' : nothing}
      aria-disabled=${available ? nothing : 'true'}
      @click=${() => this.pick(iso)}
    >
      ${Number(iso.slice(8))}
    </td>`;
  }
}
