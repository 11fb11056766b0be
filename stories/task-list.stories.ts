import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/task-list/task-list.js';
import { t } from './support/page.js';

interface TaskListArgs {
  /** The content; empty shows the element's own "empty" text. */
  content: string;
}

const meta: Meta<TaskListArgs> = {
  title: 'Components/Task list',
  component: 'ger-task-list',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'What ger-task-list is for, when to use it and when not to.',
      },
    },
  },
  argTypes: {
    content: { control: 'text', description: 'The content (default slot).', table: { category: 'story' } },
  },
  args: { content: '' },
  render: (args) => html`<ger-task-list>${args.content || t('Жишээ агуулга', 'Example content')}</ger-task-list>`,
};
export default meta;

type Story = StoryObj<TaskListArgs>;

export const Default: Story = {};

/** With no content, it says so in the page language. */
export const Empty: Story = {
  render: () => html`<ger-task-list></ger-task-list>`,
};
