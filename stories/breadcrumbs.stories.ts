import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/breadcrumbs/breadcrumbs.js';
import { t } from './support/page.js';

interface BreadcrumbsArgs {
  /** Link the current page too (it keeps `aria-current="page"`). */
  linkCurrent: boolean;
}

const meta: Meta<BreadcrumbsArgs> = {
  title: 'Page shell/Breadcrumbs',
  component: 'ger-breadcrumbs',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `Where the page sits in the site. Put it at the top of \`<main>\`, before the \`<h1>\`. A navigation
landmark ("Хуудасны зам" / "Breadcrumb") with an ordered list; the last item is the current page. The separators are
drawn, not written, so screen readers read only the page names. Long names wrap; nothing scrolls sideways.`,
      },
    },
  },
  argTypes: { linkCurrent: { control: 'boolean', table: { category: 'story' } } },
  args: { linkCurrent: false },
  render: (args) => html`<ger-breadcrumbs
    .items=${[
      { label: t('Нүүр', 'Home'), href: '#home' },
      { label: t('Өргөдөл, гомдол', 'Requests and complaints'), href: '#complaints' },
      { label: t('Өргөдөл, гомдлын явц шалгах', 'Track a request or complaint'), href: args.linkCurrent ? '#track' : undefined },
    ]}
  ></ger-breadcrumbs>`,
};
export default meta;

type Story = StoryObj<BreadcrumbsArgs>;

export const Default: Story = {};

/** Deep in a site, with long names: the trail wraps. */
export const LongTrail: Story = {
  name: 'Long trail',
  render: () => html`<ger-breadcrumbs
    .items=${[
      { label: t('Нүүр', 'Home'), href: '#home' },
      { label: t('Иргэний бүртгэл', 'Civil registration'), href: '#civil' },
      { label: t('Иргэний үнэмлэх', 'ID cards'), href: '#id' },
      { label: t('Гэрлэлтийн гэрчилгээний лавлагаа авах', 'Get a certified copy of a marriage certificate'), href: '#marriage' },
      { label: t('Шаардлагатай баримт бичиг', 'Documents you need') },
    ]}
  ></ger-breadcrumbs>`,
};
