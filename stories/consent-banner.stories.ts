import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/consent-banner/consent-banner.js';
import { t } from './support/page.js';

interface ConsentBannerArgs {
  /** The content; empty shows the element's own "empty" text. */
  content: string;
}

const meta: Meta<ConsentBannerArgs> = {
  title: 'Components/Consent banner',
  component: 'ger-consent-banner',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'What ger-consent-banner is for, when to use it and when not to.',
      },
    },
  },
  argTypes: {
    content: { control: 'text', description: 'The content (default slot).', table: { category: 'story' } },
  },
  args: { content: '' },
  render: (args) => html`<ger-consent-banner>${args.content || t('Жишээ агуулга', 'Example content')}</ger-consent-banner>`,
};
export default meta;

type Story = StoryObj<ConsentBannerArgs>;

export const Default: Story = {};

/** With no content, it says so in the page language. */
export const Empty: Story = {
  render: () => html`<ger-consent-banner></ger-consent-banner>`,
};
