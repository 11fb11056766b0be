import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/status-tracker/status-tracker.js';
import { t } from './support/page.js';
import { complaintEvents, decidedEvents } from './support/service-data.js';

interface StatusTrackerArgs {
  reference: string;
  deadline: string;
  /** "Today" for counting overdue days. */
  now: string;
  'time-zone': string;
}

const meta: Meta<StatusTrackerArgs> = {
  title: 'Tracking/Status tracker',
  component: 'ger-status-tracker',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `The progress of one application or complaint. The **current status** is said in a status region
(announced when it changes, e.g. after a lookup). When the **legal deadline** has passed without a decision, the
summary says so plainly, with the number of days overdue: agencies' delays are never hidden.

The timeline is an ordered list, oldest first: submitted, received, assigned, in review, more information needed,
decided, closed. Each event has its \`<time datetime>\`, the responsible unit and an optional note; the latest is the
current step (\`aria-current="step"\`). Days are counted in Ulaanbaatar time unless \`time-zone\` says otherwise; set
\`now\` when rendering on a server or in a test.`,
      },
    },
  },
  argTypes: {
    reference: { control: 'text' },
    deadline: { control: 'text' },
    now: { control: 'text' },
    'time-zone': { control: 'inline-radio', options: ['Asia/Ulaanbaatar', 'Asia/Hovd', 'UTC'] },
  },
  args: { reference: 'EM-2026-004817', deadline: '2026-03-20', now: '2026-03-10T12:00:00+08:00', 'time-zone': 'Asia/Ulaanbaatar' },
  render: (args) => html`<section class="ger-demo" aria-labelledby="tracker-heading">
    <h2 id="tracker-heading">${t('Таны гомдол', 'Your complaint')}</h2>
    <ger-status-tracker reference=${args.reference} deadline=${args.deadline} time-zone=${args['time-zone']} .now=${args.now} .events=${complaintEvents()}></ger-status-tracker>
  </section>`,
};
export default meta;

type Story = StoryObj<StatusTrackerArgs>;

/** In review, within the legal deadline. */
export const InProgress: Story = {
  name: 'In progress',
};

/** No decision five days after the legal deadline: said plainly, with the days overdue. */
export const Overdue: Story = {
  args: { now: '2026-03-25T10:00:00+08:00' },
};

/** Decided and closed: no overdue message, whatever the date. */
export const Decided: Story = {
  args: { now: '2026-04-30T10:00:00+08:00' },
  render: (args) =>
    html`<ger-status-tracker reference=${args.reference} deadline=${args.deadline} time-zone=${args['time-zone']} .now=${args.now} .events=${decidedEvents()}></ger-status-tracker>`,
};
