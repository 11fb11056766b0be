import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/accordion/accordion.js';
import { t } from './support/page.js';

interface SectionArgs {
  heading: string;
  summary: string;
  open: boolean;
}

const meta: Meta<SectionArgs> = {
  title: 'Components/Accordion/Accordion section',
  component: 'ger-accordion-section',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `One section of a \`ger-accordion\`: a heading that opens and closes its content. Always put it in a
\`ger-accordion\`, which gives it its heading level, "Show all sections" and the arrow keys. For one piece of help
on its own, use \`ger-details\` instead.`,
      },
    },
  },
  argTypes: {
    heading: { control: 'text' },
    summary: { control: 'text' },
    open: { control: 'boolean' },
  },
  args: { heading: '', summary: '', open: false },
  render: (args) => html`<ger-accordion>
    <ger-accordion-section heading=${args.heading || t('Төлбөр ба хугацаа', 'Fees and waiting time')} summary=${args.summary} ?open=${args.open}>
      <p>${t('Улсын тэмдэгтийн хураамж 100,000 ₮.', 'The state fee is ₮100,000.')}</p>
    </ger-accordion-section>
  </ger-accordion>`,
};
export default meta;

type Story = StoryObj<SectionArgs>;

/** Closed: the heading, "Show" and a chevron. */
export const Closed: Story = {};

/** Open: the content below the heading, "Hide". */
export const Open: Story = { args: { open: true } };

/** A summary line under the heading says more about what is inside. */
export const WithSummary: Story = {
  name: 'With summary',
  args: { summary: t('Паспорт, иргэний үнэмлэх', 'Passports and ID cards') },
};
