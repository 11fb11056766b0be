import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/feedback/feedback.js';

interface FeedbackArgs {
  service: string;
  /** How the page's request ends, in this story: sent, or failed as on a dropped connection. */
  network: 'sends' | 'fails';
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
place, focused, so keyboard and screen-reader users are never thrown elsewhere.

The page sends the answers, and says how that went by handing the request's promise to \`event.detail.waitUntil()\`
(as a service worker's \`ExtendableEvent\`): the form says "Sending…" meanwhile and thanks the reader only once it
succeeds. A promise that rejects, or resolves to a \`fetch\` response that is not ok, keeps the form with the answers
and says they were not sent; pressing Send again fires the event again, and so does the form by itself as the browser
comes back online or after a while (2, 4 … 64 s: a server error never brings \`online\`). A page that never calls
\`waitUntil\` is thanked at once, as before.

\`\`\`js
feedback.addEventListener('ger-feedback', (event) => {
  event.detail.waitUntil(fetch('/api/feedback', { method: 'POST', body: JSON.stringify(event.detail) }));
});
\`\`\`

Set *network* to "fails" to see a failed send.`,
      },
    },
  },
  argTypes: { service: { control: 'text' }, network: { control: 'inline-radio', options: ['sends', 'fails'] } },
  args: { service: 'complaint-1111', network: 'sends' },
  render: (args) =>
    html`<ger-feedback
      service=${args.service}
      @ger-feedback=${(event: HTMLElementEventMap['ger-feedback']) => {
        args.onGerFeedback?.({ ...event.detail });
        // A second and a half on the network, then the answer this story was set to give.
        const request = new Promise((resolve) => setTimeout(resolve, 1500));
        event.detail.waitUntil(args.network === 'fails' ? request.then(() => Promise.reject(new TypeError('Failed to fetch'))) : request);
      }}
    ></ger-feedback>`,
};
export default meta;

type Story = StoryObj<FeedbackArgs>;

export const Default: Story = {};

/** The page's request fails (a dropped connection): the answers stay, with a message and another try. */
export const SendFails: Story = { name: 'Send fails', args: { network: 'fails' } };
