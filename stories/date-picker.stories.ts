import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/date-input/date-input.js';
import { t } from './support/page.js';

interface PickerArgs {
  value: string;
  min: string;
  max: string;
  /** Split by spaces: ISO dates and weekdays. */
  unavailable: string;
  required: boolean;
  disabled: boolean;
  error: string;
}

const meta: Meta<PickerArgs> = {
  title: 'Components/Form/Date picker',
  component: 'ger-date-input',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `\`<ger-date-input picker>\`: the date input with a **Choose date** button beside its boxes that opens a
calendar, the [WAI-ARIA date picker dialog](https://www.w3.org/WAI/ARIA/apg/patterns/dialog-modal/examples/datepicker-dialog/).

**When to use it.** For a date people pick rather than know: an appointment, a day to collect a document, a
visit. The calendar shows which days can be chosen: within \`min\` and \`max\` (a date or \`today\`), and not one of
the \`unavailable\` days, given as data: weekdays and dates, such as the days an office is closed
(\`unavailable="saturday sunday 2026-03-08"\`, or a list in the property). Those days are struck through, read
as "not available" by screen readers, and cannot be chosen; typed, they are an error.

**When not to.** For a date people know (a date of birth, the date a document was issued): a plain
\`ger-date-input\` without a calendar, as GOV.UK's research found paging back decades in a calendar is slow. Nor
for a range of dates or a time: it picks one day.

**Typing stays the main way.** The three boxes work as in every date input; the calendar only helps, and
choosing a day fills the boxes (with \`input\` and \`change\`). The button's name says the date chosen so far.

**Keyboard (APG).** Enter or Space on the button opens the calendar on the chosen day (or today). In the grid:
arrows move by day and week, Home and End to Monday and Sunday, Page Up and Page Down by month, with Shift by
year; Enter or Space chooses, Escape closes, and focus goes back to the button. Weeks start on Monday, months
and weekdays are in Mongolian or English, as the page.

**Why an attribute of the date input, not a new element.** The calendar is a part of \`ger-date-input\` that
loads later: its code, styles and strings (about 3 KB gzip) load only when a reader first hovers, focuses or
presses the button, so the date input's entry stays within its 10 KB budget and every date field keeps one
value, one validation and one way to type. The dialog is a native modal \`<dialog>\` (\`showModal\`): the page
behind is inert, with no focus trap of our own. At 320 px seven days fit; with larger text the grid scrolls
inside the dialog.`,
      },
    },
  },
  argTypes: {
    value: { control: 'text', description: 'The date, `YYYY-MM-DD`.' },
    min: { control: 'text', description: 'Earliest date: `YYYY-MM-DD` or `today`.' },
    max: { control: 'text', description: 'Latest date: `YYYY-MM-DD` or `today`.' },
    unavailable: { control: 'text', description: 'Days that cannot be chosen, split by spaces: weekdays (`saturday`) and dates (`2026-03-08`).' },
    required: { control: 'boolean' },
    disabled: { control: 'boolean' },
    error: { control: 'text', description: 'An error to show at once.' },
  },
  args: { value: '', min: 'today', max: '', unavailable: 'saturday sunday', required: true, disabled: false, error: '' },
  render: (args) => html`<div class="ger-demo">
    <ger-date-input
      name="appointment"
      label=${t('Цаг авах өдөр', 'Appointment date')}
      hint=${t('Ажлын өдөр сонгоно уу. Жишээ нь: 2026 3 18', 'Choose a working day. For example: 2026 3 18')}
      picker
      value=${args.value}
      min=${args.min}
      max=${args.max}
      unavailable=${args.unavailable}
      ?required=${args.required}
      ?disabled=${args.disabled}
      error=${args.error}
    ></ger-date-input>
  </div>`,
};
export default meta;

type Story = StoryObj<PickerArgs>;

/** Opens the calendar, as a reader pressing the button would: the dialog shows in the canvas. */
const openCalendar: Story['play'] = async ({ canvasElement }) => {
  const field = canvasElement.querySelector('ger-date-input')!;
  await field.updateComplete;
  field.shadowRoot!.querySelector<HTMLButtonElement>('.picker')!.click();
};

/** An appointment on a working day from today: weekends are unavailable. */
export const Default: Story = {};

/** A date chosen already: the button's name says it, and the calendar opens on it. */
export const WithADate: Story = { name: 'With a date', args: { min: '2026-01-01', value: '2026-03-18' } };

/** The calendar open on the chosen date (the canvas opens it). */
export const Open: Story = { args: { min: '2026-01-01', value: '2026-03-18' }, play: openCalendar };

/** Only a window of days can be chosen: days before `min` and after `max` are unavailable, and the month buttons stop there. */
export const MinAndMax: Story = {
  name: 'Min and max',
  args: { min: '2026-03-10', max: '2026-04-10', value: '2026-03-18', unavailable: '' },
  play: openCalendar,
};

/** The days an office is closed, given as data: weekends and a public holiday (8 March). */
export const UnavailableDays: Story = {
  name: 'Unavailable days',
  args: { min: '2026-01-01', value: '2026-03-09', unavailable: 'saturday sunday 2026-03-08 2026-03-10' },
  play: openCalendar,
};

/** An unavailable day typed in the boxes is an error, as any wrong date is. */
export const UnavailableDayTyped: Story = {
  name: 'Unavailable day typed',
  args: { min: '2026-01-01', value: '2026-03-08', unavailable: 'saturday sunday 2026-03-08' },
  render: (args) =>
    meta.render!(
      {
        ...args,
        error: t('Энэ өдрийг (2026 оны гуравдугаар сарын 8) сонгох боломжгүй. Өөр өдөр сонгоно уу.', 'March 8, 2026 is not available. Choose another day.'),
      },
      {} as never,
    ),
};

/** In English: month and weekday names follow the page language; weeks still start on Monday. */
export const English: Story = { args: { min: '2026-01-01', value: '2026-03-18' }, globals: { locale: 'en' }, play: openCalendar };

/** In the night theme. */
export const Night: Story = { args: { min: '2026-01-01', value: '2026-03-18' }, globals: { theme: 'night' }, play: openCalendar };

/** Disabled: neither the boxes nor the button take input. */
export const Disabled: Story = { args: { value: '2026-03-18', min: '', disabled: true } };
