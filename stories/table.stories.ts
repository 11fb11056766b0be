import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/table/table.js';
import { t } from './support/page.js';

interface TableArgs {
  /** The content; empty shows the element's own "empty" text. */
  content: string;
}

const meta: Meta<TableArgs> = {
  title: 'Components/Table',
  component: 'ger-table',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'What ger-table is for, when to use it and when not to.',
      },
    },
  },
  argTypes: {
    content: { control: 'text', description: 'The content (default slot).', table: { category: 'story' } },
  },
  args: { content: '' },
  render: (args) => html`<ger-table>${args.content || t('Жишээ агуулга', 'Example content')}</ger-table>`,
};
export default meta;

type Story = StoryObj<TableArgs>;

export const Default: Story = {};

/** With no content, it says so in the page language. */
export const Empty: Story = {
  render: () => html`<ger-table></ger-table>`,
};
