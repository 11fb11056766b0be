import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/accordion/accordion.js';
import { t } from './support/page.js';

interface AccordionArgs {
  /** The content; empty shows the element's own "empty" text. */
  content: string;
}

const meta: Meta<AccordionArgs> = {
  title: 'Components/Accordion',
  component: 'ger-accordion',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'What ger-accordion is for, when to use it and when not to.',
      },
    },
  },
  argTypes: {
    content: { control: 'text', description: 'The content (default slot).', table: { category: 'story' } },
  },
  args: { content: '' },
  render: (args) => html`<ger-accordion>${args.content || t('Жишээ агуулга', 'Example content')}</ger-accordion>`,
};
export default meta;

type Story = StoryObj<AccordionArgs>;

export const Default: Story = {};

/** With no content, it says so in the page language. */
export const Empty: Story = {
  render: () => html`<ger-accordion></ger-accordion>`,
};
