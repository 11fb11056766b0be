import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/request-lookup/request-lookup.js';
import { DEFAULT_REFERENCE_PATTERN, type GerRequestLookup } from '../packages/components/src/request-lookup/request-lookup.js';

interface RequestLookupArgs {
  pattern: string;
  example: string;
  'not-found': boolean;
  value: string;
  /** How the page's lookup ends, in this story: answered, or failed as on a dropped connection. */
  network: 'answers' | 'fails';
  /** Storybook passes an action here (from the manifest's `ger-lookup` event). */
  onGerLookup?: (detail: unknown) => void;
}

const meta: Meta<RequestLookupArgs> = {
  title: 'Tracking/Request lookup',
  component: 'ger-request-lookup',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `Finds a request or complaint by its reference number. The format is shown as an example under the
label and checked on submit (\`pattern\`, as in \`<input pattern>\`); what people type is tidied first: spaces, lower
case, long dashes, and Cyrillic letters that look Latin (\`ЕМ\` typed on a Mongolian keyboard). Errors say what to do,
are tied to the field (\`aria-describedby\`, \`aria-invalid\`) and announced; focus stays in the field.

A valid number fires \`ger-lookup\`; the page looks it up and shows a \`ger-status-tracker\`, or sets \`not-found\`.
It hands the lookup's promise to \`event.detail.waitUntil()\`: the element says "Checking…" meanwhile, and if the
promise rejects, or resolves to a \`fetch\` response that is not ok, it says the number could not be checked (a
failure, not "not found": the field is not marked wrong), offers to try again, and tries again by itself when the
browser comes back online or after a while (2, 4 … 64 s). A response with status 404 shows "not found".

\`\`\`js
lookup.addEventListener('ger-lookup', (event) => {
  event.detail.waitUntil(
    fetch(\`/api/requests/\${encodeURIComponent(event.detail.reference)}\`).then(async (response) => {
      if (response.ok) showTracker(await response.json());
      return response; // 404: "not found"; another error: "could not check"
    }),
  );
});
\`\`\`

In this story every number but EM-2026-004817 is "not found"; set *network* to "fails" to see a failed lookup.`,
      },
    },
  },
  argTypes: {
    pattern: { control: 'text' },
    example: { control: 'text' },
    'not-found': { control: 'boolean' },
    value: { control: 'text' },
    network: { control: 'inline-radio', options: ['answers', 'fails'] },
  },
  args: { pattern: DEFAULT_REFERENCE_PATTERN, example: 'EM-2026-004817', 'not-found': false, value: '', network: 'answers' },
  render: (args) => html`<ger-request-lookup
    pattern=${args.pattern}
    example=${args.example}
    value=${args.value}
    ?not-found=${args['not-found']}
    @ger-lookup=${(event: HTMLElementEventMap['ger-lookup']) => {
      args.onGerLookup?.({ ...event.detail });
      const element = event.target as GerRequestLookup;
      // A second on the network, then the answer this story was set to give.
      const request = new Promise((resolve) => setTimeout(resolve, 1000));
      event.detail.waitUntil(
        args.network === 'fails'
          ? request.then(() => Promise.reject(new TypeError('Failed to fetch')))
          : request.then(() => (element.notFound = event.detail.reference !== 'EM-2026-004817')),
      );
    }}
  ></ger-request-lookup>`,
};
export default meta;

type Story = StoryObj<RequestLookupArgs>;

export const Default: Story = {};

/** What the reader sees when no request has the number they gave. */
export const NotFound: Story = {
  name: 'Not found',
  args: { value: 'EM-2026-999999', 'not-found': true },
};

/** The lookup fails (a dropped connection): said apart from "not found", with a retry. */
export const LookupFails: Story = {
  name: 'Lookup fails',
  args: { network: 'fails' },
};

/** A site with its own numbering: the 1111 centre's seven digits. */
export const OwnFormat: Story = {
  name: 'Own format',
  args: { pattern: '1111-\\d{7}', example: '1111-0048170' },
};
