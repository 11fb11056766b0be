import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/summary-list/summary-list.js';
import type { SummaryListVariant, SummaryRow } from '../packages/components/src/summary-list/summary-list.js';
import { t } from './support/page.js';

interface SummaryListArgs {
  variant: SummaryListVariant;
  heading: string;
  /** Give each row a Change link. */
  actions: boolean;
}

const person = (actions: boolean): SummaryRow[] =>
  [
    { key: t('Нэр', 'Name'), value: t('Батын Болд', 'Bold Bat'), href: '#name' },
    { key: t('Төрсөн огноо', 'Date of birth'), value: t('1985 оны гуравдугаар сарын 7', '7 March 1985'), href: '#dob' },
    { key: t('Регистрийн дугаар', 'Registration number'), value: 'УБ85030712' },
    {
      key: t('Хаяг', 'Address'),
      value: t('Улаанбаатар, Баянгол дүүрэг\n3-р хороо, 12-р байр', 'Ulaanbaatar, Bayangol district\nKhoroo 3, building 12'),
      href: '#address',
    },
  ].map(({ href, ...row }) => (actions && href ? { ...row, actions: [{ href }] } : row));

const meta: Meta<SummaryListArgs> = {
  title: 'Components/Summary list',
  component: 'ger-summary-list',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `Key / value rows, such as a person's details or the answers to check before sending, each with
optional actions ("Change"). A screen reader hears each action with its row: "Change: Date of birth".

**Use it** to show facts the user can read at a glance and perhaps change: a record, an application's answers, the
details of a service. Use the \`card\` variant with a heading when a page shows several such groups (several
people, several vehicles), each with its own title.

**Do not use it** for data to compare across rows or sort (use a table), for a sequence of steps (use a task list),
or for form fields (use the form controls). At the end of a \`ger-form-steps\` form, use \`ger-check-answers\`: it
draws this list from the answers by itself.

Rows come from \`rows\` (data, or a JSON attribute) or from children with \`data-key\` (their markup stays:
lists, links). Rows without actions line up with those that have them; on a phone or at 200% text the key,
value and actions stack.`,
      },
    },
  },
  argTypes: {
    variant: {
      control: 'inline-radio',
      options: ['plain', 'card'],
      description: '`plain` rows on the page, or a bordered `card` with the heading as its title.',
    },
    heading: { control: 'text', description: 'Title above the rows.' },
    actions: { control: 'boolean', description: 'Give each row a Change link.', table: { category: 'story' } },
  },
  args: { variant: 'plain', heading: '', actions: true },
  render: (args) => html`<ger-summary-list variant=${args.variant} heading=${args.heading} .rows=${person(args.actions)}></ger-summary-list>`,
};
export default meta;

type Story = StoryObj<SummaryListArgs>;

/** Rows with Change links; the registration number cannot be changed, and its value lines up with the others. */
export const Default: Story = {};

/** Facts to read only: no actions. */
export const WithoutActions: Story = { name: 'Without actions', args: { actions: false } };

/** A card: one of several groups on a page, each under its own title. */
export const Card: Story = { args: { variant: 'card', heading: t('Өргөдөл гаргагч', 'Applicant') } };

/** Several cards on one page, with headings at level 3 under the page's sections. */
export const SeveralCards: Story = {
  name: 'Several cards',
  render: () => html`<div class="ger-demo-stack">
    <ger-summary-list variant="card" heading-level="3" heading=${t('Өргөдөл гаргагч', 'Applicant')} .rows=${person(true)}></ger-summary-list>
    <ger-summary-list
      variant="card"
      heading-level="3"
      heading=${t('Хүүхэд', 'Child')}
      .rows=${[
        {
          key: t('Нэр', 'Name'),
          value: t('Болдын Тэмүүлэн', 'Temuulen Bold'),
          actions: [{ href: '#child-name' }, { href: '#child-remove', label: t('Хасах', 'Remove') }],
        },
        { key: t('Төрсөн огноо', 'Date of birth'), value: t('2015 оны наймдугаар сарын 21', '21 August 2015'), actions: [{ href: '#child-dob' }] },
      ]}
    ></ger-summary-list>
  </div>`,
};

/** From children: each child with \`data-key\` is a row, its markup kept; \`data-href\` adds Change, \`data-action\` renames it. */
export const FromChildren: Story = {
  name: 'From children',
  render: () => html`<ger-summary-list>
    <div data-key=${t('Хүргэлт', 'Delivery')} data-href="#delivery">${t('Шуудангаар', 'By post')}</div>
    <div data-key=${t('Бичиг баримт', 'Documents')} data-href="#documents" data-action=${t('Нэмэх', 'Add')}>
      <ul>
        <li>${t('Иргэний үнэмлэх', 'Identity card')}</li>
        <li>${t('Цээж зураг', 'Photo')}</li>
      </ul>
    </div>
    <div data-key=${t('Төлбөр', 'Fee')}>${t('100,000 ₮ (төлсөн)', '₮100,000 (paid)')}</div>
  </ger-summary-list>`,
};

/** Long values wrap inside their column; nothing scrolls sideways. */
export const LongValues: Story = {
  name: 'Long values',
  render: () => html`<ger-summary-list
    .rows=${[
      {
        key: t('Хүсэлтийн шалтгаан', 'Reason for the request'),
        value: t(
          'Гадаадад суралцахаар явж байгаа тул хуучин паспортын хугацаа дуусахаас өмнө шинэ паспорт авах шаардлагатай байна.',
          'I am going abroad to study, so I need a new passport before my old one expires.',
        ),
        actions: [{ href: '#reason' }],
      },
      { key: t('Имэйл', 'Email'), value: 'bold.bat.khurelbaatar.very.long.address@example.mn', actions: [{ href: '#email' }] },
    ]}
  ></ger-summary-list>`,
};
