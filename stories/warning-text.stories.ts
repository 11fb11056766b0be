import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/warning-text/warning-text.js';
import { t } from './support/page.js';

interface WarningTextArgs {
  /** The content; empty shows the element's own "empty" text. */
  content: string;
}

const meta: Meta<WarningTextArgs> = {
  title: 'Components/Warning text',
  component: 'ger-warning-text',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'What ger-warning-text is for, when to use it and when not to.',
      },
    },
  },
  argTypes: {
    content: { control: 'text', description: 'The content (default slot).', table: { category: 'story' } },
  },
  args: { content: '' },
  render: (args) => html`<ger-warning-text>${args.content || t('Жишээ агуулга', 'Example content')}</ger-warning-text>`,
};
export default meta;

type Story = StoryObj<WarningTextArgs>;

export const Default: Story = {};

/** With no content, it says so in the page language. */
export const Empty: Story = {
  render: () => html`<ger-warning-text></ger-warning-text>`,
};
