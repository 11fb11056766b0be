import { css, html, nothing } from 'lit';
import { LazyPartController } from '../base/lazy-part.js';
import { datePickerStrings } from '../locales/date-picker.js';
import { actionStyles } from '../styles/action.styles.js';
import { secondaryActionStyles } from '../styles/action-secondary.styles.js';
import { realDay } from './available-days.js';
import type { Calendar, CalendarEvents, CalendarHost } from './calendar.js';

/** The button's strings and styles join the field's as it loads (see `LazyPartController`). */
export { datePickerStrings as strings };
export const styles = css`
  ${actionStyles}
  ${secondaryActionStyles}
  .picker {
    display: inline-flex;
    align-items: center;
    gap: var(--ger-space-xs);
  }
  .picker .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }
`;

/** What the button needs of ger-date-input besides what the calendar does. */
export interface PickerHost extends CalendarHost {
  /** Whether the field has a calendar: set to false again, the button goes. */
  readonly picker?: boolean;
  value: string;
  /** The date in words, for the button's name. */
  readonly displayValue: string;
  /** A day was chosen: the answer changed (clears a server's error, shows errors from now on, fires `change`). */
  pickedDay(): void;
}

/**
 * The "Choose date" button of `ger-date-input picker`, beside the boxes. It loads with such a
 * field (so a date input without `picker` carries none of it), and loads the calendar itself
 * when the reader first hovers, focuses or presses it.
 */
class Picker implements CalendarEvents {
  private calendar?: Calendar;
  private readonly calendarPart: LazyPartController<typeof import('./calendar.js')>;

  constructor(private readonly host: PickerHost) {
    this.calendarPart = new LazyPartController(host, {
      load: () => import('./calendar.js'),
      when: 'request',
      loaded: (module) => void (this.calendar = new module.Calendar(host, this)),
    });
  }

  /** A chosen day fills the boxes, with `input` and `change` as typing and leaving the date would fire. */
  chose(iso: string): void {
    const { host } = this;
    host.value = iso;
    host.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    host.pickedDay();
  }

  /** Closed by a choice, Escape or Close: focus goes back to the button, as the APG pattern asks. */
  closed(): void {
    this.host.renderRoot.querySelector<HTMLElement>('.picker')?.focus();
  }

  private loadCalendar = () =>
    this.calendarPart.load().catch(() => {
      // Said in the console by the controller; the boxes still take the date.
    });

  private open = async () => {
    await this.loadCalendar();
    await this.calendar?.show();
  };

  /**
   * "Choose date", with the date chosen so far in its name (WCAG 2.5.3: the visible words first),
   * and the calendar dialog while it is open (a modal dialog shows in the top layer, wherever it is).
   */
  render() {
    const { host } = this;
    const text = host.localize.term('datePickerButton');
    const chosen = realDay(host.value);
    return html`<button
      part="picker"
      class="action secondary focusable picker"
      type="button"
      aria-haspopup="dialog"
      aria-label=${chosen ? `${text}, ${host.localize.term('datePickerChosen', { date: host.displayValue })}` : text}
      @click=${this.open}
      @focus=${this.loadCalendar}
      @pointerenter=${this.loadCalendar}
    >
      <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M4 6h16v14H4zM4 10h16M8 3v4M16 3v4" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
      </svg>
      ${text}
    </button>${this.calendar?.render()}`;
  }
}

const pickers = new WeakMap<PickerHost, Picker>();

/** The button (and the calendar while open) of a field with `picker`: one `Picker` per field. */
export function render(host: PickerHost) {
  if (!host.picker) return nothing;
  let picker = pickers.get(host);
  if (!picker) pickers.set(host, (picker = new Picker(host)));
  return picker.render();
}
