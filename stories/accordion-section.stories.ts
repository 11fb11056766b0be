import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/accordion-section/accordion-section.js';
import { t } from './support/page.js';

interface AccordionSectionArgs {
  /** The content; empty shows the element's own "empty" text. */
  content: string;
}

const meta: Meta<AccordionSectionArgs> = {
  title: 'Components/Accordion section',
  component: 'ger-accordion-section',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'What ger-accordion-section is for, when to use it and when not to.',
      },
    },
  },
  argTypes: {
    content: { control: 'text', description: 'The content (default slot).', table: { category: 'story' } },
  },
  args: { content: '' },
  render: (args) => html`<ger-accordion-section>${args.content || t('Жишээ агуулга', 'Example content')}</ger-accordion-section>`,
};
export default meta;

type Story = StoryObj<AccordionSectionArgs>;

export const Default: Story = {};

/** With no content, it says so in the page language. */
export const Empty: Story = {
  render: () => html`<ger-accordion-section></ger-accordion-section>`,
};
