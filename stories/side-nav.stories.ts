import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/side-nav/side-nav.js';
import type { SideNavItem } from '../packages/components/src/side-nav/side-nav.js';
import { t } from './support/page.js';

interface SideNavArgs {
  heading: string;
  'heading-level': number;
}

const items = (): SideNavItem[] => [
  { label: t('Гадаад паспорт', 'Passport'), href: '#passport' },
  {
    label: t('Иргэний үнэмлэх', 'Identity card'),
    href: '#id-card',
    items: [
      { label: t('Анх удаа авах', 'Get your first card'), href: '#id-card-first', current: true },
      { label: t('Сунгах', 'Renew'), href: '#id-card-renew' },
      { label: t('Гээгдүүлсэн бол', 'If you lost it'), href: '#id-card-lost' },
    ],
  },
  { label: t('Төрсний гэрчилгээ', 'Birth certificate'), href: '#birth' },
  { label: t('Оршин суугаа хаяг', 'Address registration'), href: '#address' },
];

const meta: Meta<SideNavArgs> = {
  title: 'Components/Side navigation',
  component: 'ger-side-nav',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `The pages of one section of a site, beside the content: the page the reader is on is marked
(\`aria-current="page"\`), with one optional level of pages under each. A navigation landmark named by its heading.

On a wide screen the list always shows; on a narrow one (a phone, or a large browser text size) it folds behind a
button, so the page's content comes first. Before its script runs the list always shows.

**Use it** for a section of 3 to 15 related pages a reader moves between: the documents of a civil registration
office, the chapters of a long guide. Give the links as \`items\` data or write them inside the element as a \`<ul>\`,
after an \`<h2>\` with the heading (both also show without script).

**Do not use it** for the whole site (that is the header's job), for the steps of a form (use \`ger-form-steps\`:
readers must go through those in order), or for a page's own headings (use a contents list). Two levels at most.`,
      },
    },
  },
  argTypes: {
    heading: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
  },
  args: { heading: '', 'heading-level': 2 },
  render: (args) =>
    html`<ger-side-nav heading=${args.heading || t('Бичиг баримт', 'Documents')} heading-level=${args['heading-level']} .items=${items()}></ger-side-nav>`,
};
export default meta;

type Story = StoryObj<SideNavArgs>;

/** From data, with a heading, a nested level and the current page under it. */
export const Default: Story = {};

/** Without a heading: the navigation is named "Энэ хэсгийн хуудсууд" / "Pages in this section". */
export const WithoutHeading: Story = {
  name: 'Without heading',
  render: () => html`<ger-side-nav .items=${items()}></ger-side-nav>`,
};

/**
 * The heading and the links written in the page, as an `<h2>` and a list: readable before the
 * script runs (or without it), and read from there after, shown once.
 */
export const FromWrittenLinks: Story = {
  name: 'From written links',
  render: () =>
    html`<ger-side-nav>
      <h2>${t('Тусламж', 'Help')}</h2>
      <ul>
        <li><a href="#contact">${t('Холбоо барих', 'Contact us')}</a></li>
        <li><a href="#accessibility" aria-current="page">${t('Хүртээмжийн мэдэгдэл', 'Accessibility statement')}</a></li>
        <li><a href="#privacy">${t('Нууцлалын бодлого', 'Privacy policy')}</a></li>
      </ul>
    </ger-side-nav>`,
};

/** The current page at the top level, no nested pages. */
export const FlatList: Story = {
  name: 'Flat list',
  render: (args) =>
    html`<ger-side-nav
      heading=${args.heading || t('Бичиг баримт', 'Documents')}
      .items=${items().map((item, index) => ({ label: item.label, href: item.href, current: index === 0 }))}
    ></ger-side-nav>`,
};

/** Beside the content on a wide screen, as a service page places it. */
export const BesideContent: Story = {
  name: 'Beside content',
  render: (args) =>
    html`<div style="display: flex; flex-wrap: wrap; gap: var(--ger-space-xl); align-items: flex-start">
      <ger-side-nav style="flex: 1 1 14rem" heading=${args.heading || t('Бичиг баримт', 'Documents')} .items=${items()}></ger-side-nav>
      <div style="flex: 3 1 20rem">
        <h1>${t('Иргэний үнэмлэх анх удаа авах', 'Get your first identity card')}</h1>
        <p>${t('16 нас хүрсэн иргэн харьяа сум, хорооны бүртгэлийн байгууллагад хандана.', 'At 16, apply at the registration office of your soum or district.')}</p>
      </div>
    </div>`,
};
