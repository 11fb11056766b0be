import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/password-input/password-input.js';
import { t } from './support/page.js';

interface PasswordInputArgs {
  /** The content; empty shows the element's own "empty" text. */
  content: string;
}

const meta: Meta<PasswordInputArgs> = {
  title: 'Components/Password input',
  component: 'ger-password-input',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'What ger-password-input is for, when to use it and when not to.',
      },
    },
  },
  argTypes: {
    content: { control: 'text', description: 'The content (default slot).', table: { category: 'story' } },
  },
  args: { content: '' },
  render: (args) => html`<ger-password-input>${args.content || t('Жишээ агуулга', 'Example content')}</ger-password-input>`,
};
export default meta;

type Story = StoryObj<PasswordInputArgs>;

export const Default: Story = {};

/** With no content, it says so in the page language. */
export const Empty: Story = {
  render: () => html`<ger-password-input></ger-password-input>`,
};
