import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/side-nav/side-nav.js';
import { t } from './support/page.js';

interface SideNavArgs {
  /** The content; empty shows the element's own "empty" text. */
  content: string;
}

const meta: Meta<SideNavArgs> = {
  title: 'Components/Side nav',
  component: 'ger-side-nav',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'What ger-side-nav is for, when to use it and when not to.',
      },
    },
  },
  argTypes: {
    content: { control: 'text', description: 'The content (default slot).', table: { category: 'story' } },
  },
  args: { content: '' },
  render: (args) => html`<ger-side-nav>${args.content || t('Жишээ агуулга', 'Example content')}</ger-side-nav>`,
};
export default meta;

type Story = StoryObj<SideNavArgs>;

export const Default: Story = {};

/** With no content, it says so in the page language. */
export const Empty: Story = {
  render: () => html`<ger-side-nav></ger-side-nav>`,
};
