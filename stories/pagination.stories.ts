import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/pagination/pagination.js';
import { t } from './support/page.js';

interface PaginationArgs {
  /** The content; empty shows the element's own "empty" text. */
  content: string;
}

const meta: Meta<PaginationArgs> = {
  title: 'Components/Pagination',
  component: 'ger-pagination',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'What ger-pagination is for, when to use it and when not to.',
      },
    },
  },
  argTypes: {
    content: { control: 'text', description: 'The content (default slot).', table: { category: 'story' } },
  },
  args: { content: '' },
  render: (args) => html`<ger-pagination>${args.content || t('Жишээ агуулга', 'Example content')}</ger-pagination>`,
};
export default meta;

type Story = StoryObj<PaginationArgs>;

export const Default: Story = {};

/** With no content, it says so in the page language. */
export const Empty: Story = {
  render: () => html`<ger-pagination></ger-pagination>`,
};
