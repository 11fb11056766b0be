import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/site-alert/site-alert.js';
import { SITE_ALERT_VARIANTS, type SiteAlertVariant } from '../packages/components/src/site-alert/site-alert.js';
import { t } from './support/page.js';

interface SiteAlertArgs {
  variant: SiteAlertVariant;
  heading: string;
  dismissible: boolean;
}

const meta: Meta<SiteAlertArgs> = {
  title: 'Notifications/Site alert',
  component: 'ger-site-alert',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `An emergency or a service-wide alert, placed **above the header** on every page while it lasts. It is a
region landmark named by its heading ("Онцгой байдлын мэдээ: …"), so it is found in the landmarks list.

**It cannot be dismissed by accident.** In usability testing, screen-reader users dismissed such alerts thinking
they were pop-ups. So there is no close icon and Escape does nothing; with \`dismissible\`, a clearly labelled button
*after* the message ("Энэ мэдээг хураах" / "Hide this alert") folds the message away, and the heading and a "show"
button stay: the alert stays in the landmarks and can be read again. With \`alert-id\` the folded state is remembered
for that alert only; a new alert (a new id) always opens. Leave \`dismissible\` off for an emergency that everyone
must see.`,
      },
    },
  },
  argTypes: {
    variant: { control: 'inline-radio', options: [...SITE_ALERT_VARIANTS] },
    heading: { control: 'text' },
    dismissible: { control: 'boolean' },
  },
  args: { variant: 'emergency', heading: '', dismissible: false },
  render: (
    args,
  ) => html`<ger-site-alert variant=${args.variant} heading=${args.heading || t('Туул голын үерийн аюул', 'Flood danger on the Tuul river')} ?dismissible=${args.dismissible}>
    <p>
      ${t(
        'Туул голын усны түвшин аюултай хэмжээнд хүрлээ. Голын эргээс хол байж, онцгой байдлын албаны зааврыг дагана уу. Яаралтай тусламж: 105.',
        'The Tuul river has reached a dangerous level. Stay away from the banks and follow the emergency services’ instructions. Emergency help: 105.',
      )}
      <a href="#emergency">${t('Дэлгэрэнгүй заавар', 'Full instructions')}</a>
    </p>
  </ger-site-alert>`,
};
export default meta;

type Story = StoryObj<SiteAlertArgs>;

/** An emergency that everyone must see: no way to hide it. */
export const Emergency: Story = {};

/** A service-wide alert the reader may fold away with a clearly labelled button (it can be opened again). */
export const Dismissible: Story = {
  args: { variant: 'warning', dismissible: true },
  render: (
    args,
  ) => html`<ger-site-alert variant=${args.variant} heading=${args.heading || t('Системийн засвар үйлчилгээ', 'Planned maintenance')} ?dismissible=${args.dismissible}>
    <p>
      ${t(
        'Бямба гарагт 02:00–05:00 цагт e-Mongolia-ийн үйлчилгээ түр ажиллахгүй. Энэ хугацаанд төлбөр хийх боломжгүй.',
        'On Saturday from 02:00 to 05:00 e-Mongolia services will be unavailable. Payments cannot be made during that time.',
      )}
    </p>
  </ger-site-alert>`,
};

/** News about the whole service. */
export const Information: Story = {
  args: { variant: 'information', dismissible: true },
  render: (args) => html`<ger-site-alert variant=${args.variant} heading=${args.heading || t('Шинэ үйлчилгээ', 'New service')} ?dismissible=${args.dismissible}>
    <p>${t('Төрсний гэрчилгээг одоо онлайнаар авах боломжтой.', 'You can now get a birth certificate online.')}</p>
  </ger-site-alert>`,
};
