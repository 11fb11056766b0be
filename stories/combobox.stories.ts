import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/combobox/combobox.js';
import { t } from './support/page.js';

interface ComboboxArgs {
  /** The content; empty shows the element's own "empty" text. */
  content: string;
}

const meta: Meta<ComboboxArgs> = {
  title: 'Components/Combobox',
  component: 'ger-combobox',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'What ger-combobox is for, when to use it and when not to.',
      },
    },
  },
  argTypes: {
    content: { control: 'text', description: 'The content (default slot).', table: { category: 'story' } },
  },
  args: { content: '' },
  render: (args) => html`<ger-combobox>${args.content || t('Жишээ агуулга', 'Example content')}</ger-combobox>`,
};
export default meta;

type Story = StoryObj<ComboboxArgs>;

export const Default: Story = {};

/** With no content, it says so in the page language. */
export const Empty: Story = {
  render: () => html`<ger-combobox></ger-combobox>`,
};
