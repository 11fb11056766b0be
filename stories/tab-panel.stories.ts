import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/tab-panel/tab-panel.js';
import { t } from './support/page.js';

interface TabPanelArgs {
  /** The content; empty shows the element's own "empty" text. */
  content: string;
}

const meta: Meta<TabPanelArgs> = {
  title: 'Components/Tab panel',
  component: 'ger-tab-panel',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'What ger-tab-panel is for, when to use it and when not to.',
      },
    },
  },
  argTypes: {
    content: { control: 'text', description: 'The content (default slot).', table: { category: 'story' } },
  },
  args: { content: '' },
  render: (args) => html`<ger-tab-panel>${args.content || t('Жишээ агуулга', 'Example content')}</ger-tab-panel>`,
};
export default meta;

type Story = StoryObj<TabPanelArgs>;

export const Default: Story = {};

/** With no content, it says so in the page language. */
export const Empty: Story = {
  render: () => html`<ger-tab-panel></ger-tab-panel>`,
};
