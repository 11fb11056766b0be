import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/notice-list/notice-list.js';
import { t } from './support/page.js';
import { notices } from './support/service-data.js';

interface NoticeListArgs {
  /** The reader's previous visit; empty uses the one remembered in this browser. */
  since: string;
  'time-zone': string;
  'heading-level': number;
}

const meta: Meta<NoticeListArgs> = {
  title: 'Notifications/Notice list',
  component: 'ger-notice-list',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `A feed of public notices and decisions. Each notice has its title (a heading and a link), its date
(\`<time datetime>\`, written through \`Intl\` in the page language and in **Ulaanbaatar time** unless \`time-zone\`
says otherwise; a date without a time, \`2026-03-01\`, is that day everywhere), the agency and the category.

- **New**: notices published since the reader's previous visit say "Шинэ" / "New" in words, and the count is said
  once. The visit is remembered in this browser (\`storage-key\` names the feed); a site that knows a signed-in
  reader's last visit passes it as \`since\`.
- **Filter**: with two categories or more, radio buttons filter the list (arrow keys move between them) and a
  polite status says how many notices are shown.`,
      },
    },
  },
  argTypes: {
    since: { control: 'text' },
    'time-zone': { control: 'inline-radio', options: ['Asia/Ulaanbaatar', 'Asia/Hovd', 'UTC', 'America/New_York'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
  },
  args: { since: '2026-02-25T00:00:00+08:00', 'time-zone': 'Asia/Ulaanbaatar', 'heading-level': 3 },
  render: (args) => html`<section class="ger-demo" aria-labelledby="notices-heading">
    <h2 id="notices-heading">${t('Мэдэгдэл, шийдвэр', 'Notices and decisions')}</h2>
    <ger-notice-list since=${args.since} time-zone=${args['time-zone']} heading-level=${args['heading-level']} storage-key="storybook" .notices=${notices()}></ger-notice-list>
  </section>`,
};
export default meta;

type Story = StoryObj<NoticeListArgs>;

/** Two notices are new since the reader's last visit (25 February); four categories to filter by. */
export const Default: Story = {};

/** A reader's first visit: nothing is marked new. */
export const FirstVisit: Story = {
  name: 'First visit',
  args: { since: '' },
  render: (args) =>
    html`<ger-notice-list time-zone=${args['time-zone']} storage-key="storybook-first-visit" .notices=${notices().slice(0, 2)}></ger-notice-list>`,
};
