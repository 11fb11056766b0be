import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/summary-list/summary-list.js';
import { t } from './support/page.js';

interface SummaryListArgs {
  /** The content; empty shows the element's own "empty" text. */
  content: string;
}

const meta: Meta<SummaryListArgs> = {
  title: 'Components/Summary list',
  component: 'ger-summary-list',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'What ger-summary-list is for, when to use it and when not to.',
      },
    },
  },
  argTypes: {
    content: { control: 'text', description: 'The content (default slot).', table: { category: 'story' } },
  },
  args: { content: '' },
  render: (args) => html`<ger-summary-list>${args.content || t('Жишээ агуулга', 'Example content')}</ger-summary-list>`,
};
export default meta;

type Story = StoryObj<SummaryListArgs>;

export const Default: Story = {};

/** With no content, it says so in the page language. */
export const Empty: Story = {
  render: () => html`<ger-summary-list></ger-summary-list>`,
};
