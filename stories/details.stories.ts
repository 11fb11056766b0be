import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/details/details.js';
import { t } from './support/page.js';

interface DetailsArgs {
  /** The content; empty shows the element's own "empty" text. */
  content: string;
}

const meta: Meta<DetailsArgs> = {
  title: 'Components/Details',
  component: 'ger-details',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'What ger-details is for, when to use it and when not to.',
      },
    },
  },
  argTypes: {
    content: { control: 'text', description: 'The content (default slot).', table: { category: 'story' } },
  },
  args: { content: '' },
  render: (args) => html`<ger-details>${args.content || t('Жишээ агуулга', 'Example content')}</ger-details>`,
};
export default meta;

type Story = StoryObj<DetailsArgs>;

export const Default: Story = {};

/** With no content, it says so in the page language. */
export const Empty: Story = {
  render: () => html`<ger-details></ger-details>`,
};
