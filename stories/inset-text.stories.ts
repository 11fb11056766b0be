import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/inset-text/inset-text.js';
import { t } from './support/page.js';

interface InsetTextArgs {
  /** The content; empty shows the element's own "empty" text. */
  content: string;
}

const meta: Meta<InsetTextArgs> = {
  title: 'Components/Inset text',
  component: 'ger-inset-text',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'What ger-inset-text is for, when to use it and when not to.',
      },
    },
  },
  argTypes: {
    content: { control: 'text', description: 'The content (default slot).', table: { category: 'story' } },
  },
  args: { content: '' },
  render: (args) => html`<ger-inset-text>${args.content || t('Жишээ агуулга', 'Example content')}</ger-inset-text>`,
};
export default meta;

type Story = StoryObj<InsetTextArgs>;

export const Default: Story = {};

/** With no content, it says so in the page language. */
export const Empty: Story = {
  render: () => html`<ger-inset-text></ger-inset-text>`,
};
