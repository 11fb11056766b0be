import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/details/details.js';
import { t } from './support/page.js';

interface DetailsArgs {
  summary: string;
  open: boolean;
  name: string;
  onGerToggle?: (detail: unknown) => void;
}

const help = () =>
  html`<p>
    ${t(
      'Регистрийн дугаар иргэний үнэмлэхний нүүрэн талд, зургийн доор байна. Хоёр үсэг, найман тоо: УБ12345678.',
      'Your registration number is on the front of your ID card, under the photo. Two letters and eight digits: УБ12345678.',
    )}
  </p>`;

const meta: Meta<DetailsArgs> = {
  title: 'Components/Details',
  component: 'ger-details',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `A short link-like summary that opens to more: help that most readers do not need, next to the
question it is about ("Where do I find my registration number?"). It is a native \`<details>\`, so it opens without
JavaScript, with Enter or Space, and when find-in-page finds text inside.

**Use it** for one piece of secondary help inside a page or a form.

**Do not use it** for content most readers need (put it on the page), for several sections of guidance (use
\`ger-accordion\`), or for warnings (use a warning or a notification banner).

\`name\` makes an exclusive group: of the details with the same name on the page, one at most is open.`,
      },
    },
  },
  argTypes: {
    summary: { control: 'text' },
    open: { control: 'boolean' },
    name: { control: 'text' },
  },
  args: { summary: '', open: false, name: '' },
  render: (args) => html`<ger-details
    summary=${args.summary || t('Регистрийн дугаараа хаанаас олох вэ', 'Where to find your registration number')}
    ?open=${args.open}
    name=${args.name}
    @ger-toggle=${(event: CustomEvent) => args.onGerToggle?.(event.detail)}
    >${help()}</ger-details
  >`,
};
export default meta;

type Story = StoryObj<DetailsArgs>;

/** Closed: only the summary. */
export const Closed: Story = {};

/** Open: the help under the summary, beside a bar. */
export const Open: Story = { args: { open: true } };

/** Three with the same `name`: opening one closes the one that was open. */
export const ExclusiveGroup: Story = {
  name: 'Exclusive group',
  render: () => html`<div>
    <ger-details name="registration-help" summary=${t('Регистрийн дугаар гэж юу вэ', 'What is a registration number')} open
      ><p>${t('Иргэн бүрийн давтагдашгүй дугаар.', "Every citizen's unique number.")}</p></ger-details
    >
    <ger-details name="registration-help" summary=${t('Регистрийн дугаараа хаанаас олох вэ', 'Where to find your registration number')}
      >${help()}</ger-details
    >
    <ger-details name="registration-help" summary=${t('Дугаараа мартсан бол', 'If you have forgotten it')}
      ><p>${t('1111 дугаарт залгана уу.', 'Call 1111.')}</p></ger-details
    >
  </div>`,
};

/** A long summary wraps beside its marker at 320 px and 200% text. */
export const LongSummary: Story = {
  name: 'Long summary',
  args: {
    summary: t(
      'Оршин суугаа хаягийн тодорхойлолтыг баг, хорооны Засаг даргын тамгын газраас хэрхэн авах вэ',
      'How to get a certificate of residence from your district (khoroo) office',
    ),
  },
};
