import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/dialog/dialog.js';
import { t } from './support/page.js';

interface DialogArgs {
  /** The content; empty shows the element's own "empty" text. */
  content: string;
}

const meta: Meta<DialogArgs> = {
  title: 'Components/Dialog',
  component: 'ger-dialog',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'What ger-dialog is for, when to use it and when not to.',
      },
    },
  },
  argTypes: {
    content: { control: 'text', description: 'The content (default slot).', table: { category: 'story' } },
  },
  args: { content: '' },
  render: (args) => html`<ger-dialog>${args.content || t('Жишээ агуулга', 'Example content')}</ger-dialog>`,
};
export default meta;

type Story = StoryObj<DialogArgs>;

export const Default: Story = {};

/** With no content, it says so in the page language. */
export const Empty: Story = {
  render: () => html`<ger-dialog></ger-dialog>`,
};
