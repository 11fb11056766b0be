import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/panel/panel.js';
import { t } from './support/page.js';

interface PanelArgs {
  /** The content; empty shows the element's own "empty" text. */
  content: string;
}

const meta: Meta<PanelArgs> = {
  title: 'Components/Panel',
  component: 'ger-panel',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'What ger-panel is for, when to use it and when not to.',
      },
    },
  },
  argTypes: {
    content: { control: 'text', description: 'The content (default slot).', table: { category: 'story' } },
  },
  args: { content: '' },
  render: (args) => html`<ger-panel>${args.content || t('Жишээ агуулга', 'Example content')}</ger-panel>`,
};
export default meta;

type Story = StoryObj<PanelArgs>;

export const Default: Story = {};

/** With no content, it says so in the page language. */
export const Empty: Story = {
  render: () => html`<ger-panel></ger-panel>`,
};
