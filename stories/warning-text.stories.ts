import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/warning-text/warning-text.js';
import { t } from './support/page.js';

interface WarningTextArgs {
  /** The warning; empty shows the story's example. */
  content: string;
}

const meta: Meta<WarningTextArgs> = {
  title: 'Components/Warning text',
  component: 'ger-warning-text',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `A short, important warning in the flow of the page, in bold beside an exclamation mark: a fine, a deadline,
a legal consequence. Screen readers hear "Анхааруулга" / "Warning" first (visually hidden); the icon is silent and stays
visible in forced colours.

**Use it** for one or two sentences the reader must know before they act: "You can be fined up to 500,000₮ if you do not register".

**Do not use it** for errors in a form (use the field's error and \`ger-error-summary\`), for news about the whole service
(\`ger-notification-banner\`), or for helpful extra information (\`ger-inset-text\`). Several on one page dilute each other.`,
      },
    },
  },
  argTypes: {
    content: { control: 'text', description: 'The warning (default slot).', table: { category: 'story' } },
  },
  args: { content: '' },
  render: (args) =>
    html`<ger-warning-text
      >${
        args.content ||
        t('Хугацаандаа бүртгүүлээгүй бол 500,000 төгрөг хүртэл торгууль ногдуулж болно.', 'You can be fined up to 500,000₮ if you do not register in time.')
      }</ger-warning-text
    >`,
};
export default meta;

type Story = StoryObj<WarningTextArgs>;

/** A fine for missing a deadline. */
export const Default: Story = {};

/** Two sentences wrap beside the icon, which stays level with the first line. */
export const LongerWarning: Story = {
  name: 'Longer warning',
  args: {
    content: '',
  },
  render: () =>
    html`<ger-warning-text
      >${t(
        'Паспортын хугацаа дуусахаас 6 сараас бага хугацаа үлдсэн бол зарим улс хилээр нэвтрүүлэхгүй. Аялахаасаа өмнө паспортоо сунгуулна уу.',
        'Some countries do not let you in if your passport expires within 6 months. Renew your passport before you travel.',
      )}</ger-warning-text
    >`,
};
