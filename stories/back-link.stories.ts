import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/back-link/back-link.js';
import { t } from './support/page.js';

interface BackLinkArgs {
  /** The content; empty shows the element's own "empty" text. */
  content: string;
}

const meta: Meta<BackLinkArgs> = {
  title: 'Components/Back link',
  component: 'ger-back-link',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'What ger-back-link is for, when to use it and when not to.',
      },
    },
  },
  argTypes: {
    content: { control: 'text', description: 'The content (default slot).', table: { category: 'story' } },
  },
  args: { content: '' },
  render: (args) => html`<ger-back-link>${args.content || t('Жишээ агуулга', 'Example content')}</ger-back-link>`,
};
export default meta;

type Story = StoryObj<BackLinkArgs>;

export const Default: Story = {};

/** With no content, it says so in the page language. */
export const Empty: Story = {
  render: () => html`<ger-back-link></ger-back-link>`,
};
