import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/inset-text/inset-text.js';
import { t } from './support/page.js';

interface InsetTextArgs {
  /** The text; empty shows the story's example. */
  content: string;
}

const meta: Meta<InsetTextArgs> = {
  title: 'Components/Inset text',
  component: 'ger-inset-text',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `Sets a short piece of text apart from the content around it, with a bar on its inline-start edge:
a quote, an example, or information the reader should not miss, such as how long a decision takes.

**Use it** sparingly, once or twice on a page: it stands out only while it is rare.

**Do not use it** for a warning with consequences (a fine, a deadline): use \`ger-warning-text\`. Not for news about the
whole service: use \`ger-notification-banner\`. Not to hide content the reader may want to skip: use \`ger-details\`.
Screen readers read it as ordinary text, so the words must say why it matters.`,
      },
    },
  },
  argTypes: {
    content: { control: 'text', description: 'The text (default slot).', table: { category: 'story' } },
  },
  args: { content: '' },
  render: (args) =>
    html`<ger-inset-text
      ><p>${args.content || t('Өргөдлийг хүлээн авснаас хойш ажлын 10 өдөрт шийдвэрлэнэ.', 'We will decide within 10 working days of receiving your application.')}</p></ger-inset-text
    >`,
};
export default meta;

type Story = StoryObj<InsetTextArgs>;

/** One sentence the reader should not miss. */
export const Default: Story = {};

/** Several paragraphs and a link: slotted content keeps the page's own styles. */
export const WithParagraphsAndLink: Story = {
  name: 'With paragraphs and a link',
  render: () =>
    html`<ger-inset-text>
      <p>${t('Та 18 нас хүрээгүй бол эцэг эхийн аль нэг нь хамт ирнэ.', 'If you are under 18, one of your parents must come with you.')}</p>
      <p>
        ${t('Дэлгэрэнгүйг ', 'Read more in ')}<a href="#guidance">${t('хүүхдийн паспортын заавраас', 'the guidance on passports for children')}</a>${t(' уншина уу.', '.')}
      </p>
    </ger-inset-text>`,
};

/** A single word longer than a phone is wide wraps instead of pushing the page sideways. */
export const LongText: Story = {
  name: 'Long text',
  args: { content: 'Хөдөөаж ахуйнхүнсныүйлдвэрлэлийнхяналтынулсынбайцаагчийнгазрынмэргэжилтэн' },
};
