import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/feedback/feedback.js';

interface FeedbackArgs {
  service: string;
  /** Storybook passes an action here (from the manifest's `ger-feedback` event). */
  onGerFeedback?: (detail: unknown) => void;
}

const meta: Meta<FeedbackArgs> = {
  title: 'Feedback/Feedback',
  component: 'ger-feedback',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `"Энэ үйлчилгээ танд хэрэгтэй байсан уу?" / "Was this service helpful?" at the end of a service. Yes and
No are toggle buttons; pressing one keeps focus on it and shows, right after it, an optional 1–5 rating (radio
buttons, the ends named) and an optional comment (with a warning not to write personal details). Sending fires
\`ger-feedback\` with \`{ helpful, rating, comment, service }\` (see the Actions panel) and puts a thank-you in the same
place, focused, so keyboard and screen-reader users are never thrown elsewhere.`,
      },
    },
  },
  argTypes: { service: { control: 'text' } },
  args: { service: 'complaint-1111' },
  render: (args) => html`<ger-feedback service=${args.service} @ger-feedback=${(event: CustomEvent) => args.onGerFeedback?.(event.detail)}></ger-feedback>`,
};
export default meta;

type Story = StoryObj<FeedbackArgs>;

export const Default: Story = {};
