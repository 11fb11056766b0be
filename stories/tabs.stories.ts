import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/tabs/tabs.js';
import { t } from './support/page.js';

interface TabsArgs {
  /** The content; empty shows the element's own "empty" text. */
  content: string;
}

const meta: Meta<TabsArgs> = {
  title: 'Components/Tabs',
  component: 'ger-tabs',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'What ger-tabs is for, when to use it and when not to.',
      },
    },
  },
  argTypes: {
    content: { control: 'text', description: 'The content (default slot).', table: { category: 'story' } },
  },
  args: { content: '' },
  render: (args) => html`<ger-tabs>${args.content || t('Жишээ агуулга', 'Example content')}</ger-tabs>`,
};
export default meta;

type Story = StoryObj<TabsArgs>;

export const Default: Story = {};

/** With no content, it says so in the page language. */
export const Empty: Story = {
  render: () => html`<ger-tabs></ger-tabs>`,
};
