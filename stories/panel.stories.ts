import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/button/button.js';
import '../packages/components/src/panel/panel.js';
import { t } from './support/page.js';

interface PanelArgs {
  heading: string;
  reference: string;
  referenceLabel: string;
  /** Leave focus where it is (the stories page shows several panels). */
  noFocus: boolean;
}

const next = () => html`<h2>${t('Цаашид юу болох вэ?', 'What happens next')}</h2>
  <p>${t('Бид өргөдлийг 5 ажлын өдөрт шалгаж, SMS-ээр мэдэгдэнэ.', 'We check your application within 5 working days and text you.')}</p>`;

const meta: Meta<PanelArgs> = {
  title: 'Components/Panel',
  component: 'ger-panel',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `The confirmation at the end of a service: what was done ("Application received"), the reference number
in large text, and, in its slot, what happens next.

**Use it** once, on the page or step that confirms a finished transaction: an application sent, a fee paid, an
appointment booked. Its heading takes focus when the panel is shown (a screen reader reads the outcome at once);
\`no-focus\` leaves focus alone, for a confirmation that loads as a page of its own.

**After a form posted by \`ger-form-steps\`**, give the panel the form's \`form-id\`
(\`<ger-panel heading="Өргөдөл хүлээн авлаа" form-id="passport">\`): the form kept the answers in this browser while
the post was on its way (it may fail, offline), and the panel clears them now that the application has arrived.

**Do not use it** for other messages on a page: a success message about part of a page is a
\`ger-notification-banner\`, and a warning or information is not a panel. Never show two panels on one page.`,
      },
    },
  },
  argTypes: {
    heading: { control: 'text', description: 'What was done.' },
    reference: { control: 'text', description: 'The reference number, shown large.' },
    referenceLabel: { control: 'text', description: 'Words above the reference; "Таны лавлах дугаар" / "Your reference number" by default.' },
    noFocus: { control: 'boolean', description: 'Leave focus where it is when shown.' },
  },
  args: { heading: t('Өргөдөл хүлээн авлаа', 'Application received'), reference: 'ПА-2026-004817', referenceLabel: '', noFocus: true },
  render: (args) => html`<ger-panel
    heading=${args.heading}
    reference=${args.reference}
    reference-label=${args.referenceLabel}
    ?no-focus=${args.noFocus}
    >${next()}</ger-panel
  >`,
};
export default meta;

type Story = StoryObj<PanelArgs>;

/** An application received: the heading, the reference number and what happens next. */
export const Default: Story = {};

/** Without a reference: an outcome that needs none. */
export const WithoutReference: Story = {
  name: 'Without reference',
  args: { heading: t('Цаг захиалга баталгаажлаа', 'Appointment booked'), reference: '' },
};

/** A payment, with its own label above the reference. */
export const OwnReferenceLabel: Story = {
  name: 'Own reference label',
  args: { heading: t('Төлбөр төлөгдлөө', 'Payment complete'), reference: 'TX-88213094', referenceLabel: t('Гүйлгээний дугаар', 'Transaction number') },
};

/** Shown after an action: the panel appears and its heading takes focus. */
export const TakesFocus: Story = {
  name: 'Takes focus when shown',
  render: () => html`<div class="ger-demo-stack">
    <ger-button
      @click=${(event: Event) => {
        const button = event.currentTarget as HTMLElement;
        button.hidden = true;
        (button.nextElementSibling as HTMLElement).hidden = false;
      }}
    >
      ${t('Илгээх', 'Send')}
    </ger-button>
    <div hidden><ger-panel heading=${t('Өргөдөл хүлээн авлаа', 'Application received')} reference="ПА-2026-004817">${next()}</ger-panel></div>
  </div>`,
};
